package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quotes of episodes known only by their show notes, from {@code answer/show-notes-...txt}. */
class ShowNoteQuotesTests {

  private static final Fixture FIXTURE = Fixture.read("/answer/show-notes-episodes.txt");

  private final QueryTerms terms = new QueryTerms();
  private final CitationFactory citations =
      new CitationFactory(new Catalog(FIXTURE.episodes(), Transcripts.NONE));
  private final ExtractiveAnswerer answerer =
      new ExtractiveAnswerer(
          citations,
          terms,
          linkingTo("weird/ref-0"),
          ExtractiveAnswerer.requireTemplates(Templates.from(Path.of("prompts"))));

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void anUntimedAnswerGetsNoTimedCitationThatOnlyRepeatsTheGuestsName() {
    Answer answer =
        answer("What did Neel say about the Golden Gate Bridge?", "weird/notes-6", "weird/ref-0");

    assertThat(answer.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.quote()).startsWith("Nanda walks through the Golden Gate"))
        .satisfies(c -> assertThat(c.startSeconds()).isNull());
    assertThat(answer.answer()).doesNotContain("Personal Website");
  }

  @Test
  void aShowNoteSentenceLeaningOnHeNamesTheEpisodesOneGuestInBrackets() {
    Answer answer =
        answer(
            "What are the limitations of sparse autoencoders?", "weird/notes-5", "weird/notes-9");

    assertThat(answer.citations().get(0).quote())
        .startsWith("[Neel Nanda] also discusses the limitations: sparse autoencoders");
    assertThat(answer.answer()).doesNotContain("\"He also");
  }

  @Test
  void aShowNoteLineSharingOnlyTheTopicIsNotCitedBesideTheOneHoldingTheAskedWord() {
    Answer answer =
        answer(
            "What are the limitations of sparse autoencoders?", "weird/notes-5", "weird/notes-9");

    assertThat(answer.citations())
        .extracting(Citation::quote)
        .noneMatch(q -> q.startsWith("The discussion covers the mechanics"));
  }

  @Test
  void aShowNoteSentenceLeaningOnHeIsLeftOutWhenTheEpisodeNamesMoreThanOneGuest() {
    Answer answer =
        answer(
            "What are the limitations of sparse autoencoders?",
            "goodfire/notes-4",
            "goodfire/notes-2");

    assertThat(answer.citations())
        .extracting(Citation::quote)
        .isNotEmpty()
        .noneMatch(q -> q.contains("He also discusses"));
  }

  @Test
  void aWhoQuestionGetsTheSentenceNamingThePeopleNotAChapterSharingTheCompanysName() {
    Answer answer = answer("Who founded Goodfire?", "goodfire/chapter-1", "goodfire/notes-1");

    assertThat(answer.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.quote()).startsWith("Daniel Balsam and Tom McGrath"));
    assertThat(answer.answer()).doesNotContain("Mission and Future Directions");
  }

  @Test
  void aPlaceBesideOnlyTheGuestsNameDoesNotAnswerWhereTheyStudied() {
    Answer answer = answer("Where did Neel study?", "weird/ref-0", "weird/notes-1");

    assertThat(answer.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("Google"));
  }

  @Test
  void aQuestionAboutWhereSomethingIsSaidKeepsTheChapterThatSaysWhere() {
    Answer answer =
        answer("Where do they talk about Goodfire?", "goodfire/chapter-1", "goodfire/notes-1");

    assertThat(answer.citations().get(0).quote())
        .isEqualTo("Good Fire's Mission and Future Directions");
  }

  private Answer answer(String question, String... passageIds) {
    List<Passage> passages = Arrays.stream(passageIds).map(FIXTURE.passages()::get).toList();
    return answerer.answer(
        new Retrieval(question, new float[0], passages, TermEvidence.NONE), "c-1", delta -> {});
  }

  /** A finder that links any untimed text to one timed passage of the fixture, as search may. */
  private static MomentFinder linkingTo(String passageId) {
    Passage linked = FIXTURE.passages().get(passageId);
    return new MomentFinder() {
      @Override
      public Optional<Passage> momentFor(String text, String episodeId) {
        return linked.chunk().episodeId().equals(episodeId)
            ? Optional.of(linked)
            : Optional.empty();
      }

      @Override
      public List<Passage> transcriptWithin(
          Retrieval retrieval, String episodeId, int from, int to) {
        return List.of();
      }
    };
  }

  /** The episodes and passages of the fixture file. */
  private record Fixture(List<Episode> episodes, Map<String, Passage> passages) {

    static Fixture read(String resource) {
      List<Episode> episodes = new ArrayList<>();
      Map<String, Passage> passages = new LinkedHashMap<>();
      String id = null;
      String title = null;
      try (InputStream in = ShowNoteQuotesTests.class.getResourceAsStream(resource)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.startsWith("episode: ")) {
            String[] f = line.substring(9).split(" \\| ", 2);
            id = f[0];
            title = f[1];
          } else if (line.startsWith("notes: ")) {
            episodes.add(
                new Episode(
                    id,
                    title,
                    null,
                    null,
                    null,
                    Links.NONE,
                    List.of(),
                    List.of(),
                    line.substring(7),
                    List.of()));
          } else if (line.startsWith("passage: ")) {
            String[] f = line.substring(9).split(" \\| ", 6);
            Chunk chunk =
                new Chunk(
                    f[0],
                    id,
                    ChunkKind.valueOf(f[1]),
                    Integer.parseInt(f[2]),
                    null,
                    null,
                    "",
                    f[5],
                    null);
            passages.put(
                f[0],
                new Passage(chunk, Double.parseDouble(f[3]), Double.parseDouble(f[4]), 1.0, 1, 1));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return new Fixture(List.copyOf(episodes), passages);
    }
  }
}
