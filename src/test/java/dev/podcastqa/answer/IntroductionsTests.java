package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntroductionsTests {

  /** Lines of "What are Ordinals?" (Stephan Livera Podcast 456, btctranscripts.com), shortened. */
  private static final List<Segment> TRANSCRIPT =
      List.of(
          new Segment(
              218,
              238,
              "Casey Rodarmor",
              "Thank you very much. I am a long-time listener of the pod."),
          new Segment(
              280,
              290,
              "Stephan Livera",
              "So before we get into it, tell us a little bit about yourself so people know."),
          new Segment(
              290,
              330,
              "Casey Rodarmor",
              "Sure, yeah. I’m a software engineer. I live in the Bay Area. I used to work for"
                  + " giant, evil tech companies like Google and Facebook."),
          new Segment(
              811,
              840,
              "Stephan Livera",
              "Let's say you create an ordinal, it's called Casey's digital artifact, Casey's"
                  + " fabulous digital artifact."));

  private static final Episode EPISODE =
      new Episode(
          "ordinals",
          "What are Ordinals?",
          "Stephan Livera Podcast",
          null,
          3300,
          Links.NONE,
          List.of(),
          List.of(),
          "",
          List.of());

  private final QueryTerms terms = new QueryTerms();
  private final CitationFactory citations =
      new CitationFactory(
          new Catalog(List.of(EPISODE), Transcripts.kept(Map.of("ordinals", TRANSCRIPT))));

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void theAskedPersonsFirstTurnSayingWhoTheyAreIsTheIntroduction() {
    assertThat(Introductions.introduction(TRANSCRIPT, Set.of("casey", "rodarmor")))
        .get()
        .satisfies(turn -> assertThat(turn.second()).isEqualTo(290))
        .satisfies(turn -> assertThat(turn.words()).startsWith("I’m a software engineer."));
    // A passing "I am a long-time listener" is no introduction; nor is anyone else's.
    assertThat(Introductions.introduction(TRANSCRIPT, Set.of("stephan", "livera"))).isEmpty();
  }

  @Test
  void whoIsAPersonIsAnsweredFirstByTheirIntroductionNotByAMention() {
    Chunk mention = window("ordinals/13", 780, 840, 3);
    Chunk intro = window("ordinals/4", 270, 330, 1);
    MomentFinder finder =
        new TranscriptOnlyFinder(
            (retrieval, episodeId, from, to) ->
                from <= 290 && 290 < to
                    ? List.of(new Passage(intro, 0.02, 0.4, 9, 1, 1))
                    : List.of());
    AnswerTurns turns = new AnswerTurns(finder, citations, new QuoteText(terms));
    Quote mentioned =
        new Quote(
            new Passage(mention, 0.03, 0.6, 1, 1, 1),
            "Let's say you create an ordinal, it's called Casey's digital artifact.",
            terms.of("casey"),
            1.0);
    Retrieval who =
        new Retrieval("Who is Casey Rodarmor?", new float[0], List.of(), TermEvidence.NONE);

    List<Quote> led = new Introductions(turns, citations).leading(List.of(mentioned), who);
    Citation cited = citations.cite(1, led.get(0).passage().chunk(), led.get(0).text());

    assertThat(led).hasSize(2);
    assertThat(led.get(0).text()).startsWith("I’m a software engineer. I live in the Bay Area.");
    // The turn lasts 40 seconds; "Sure, yeah." is said before the introduction, a fourteenth of
    // the turn's letters, so it is cited where that share of the turn puts it.
    assertThat(cited.startSeconds()).isEqualTo(293);
    assertThat(cited.speaker()).isEqualTo("Casey Rodarmor");
    assertThat(led.get(1)).isSameAs(mentioned);
    // Any other question is left as it was answered.
    Retrieval what =
        new Retrieval("What is an ordinal?", new float[0], List.of(), TermEvidence.NONE);
    assertThat(new Introductions(turns, citations).leading(List.of(mentioned), what))
        .containsExactly(mentioned);
  }

  /** A transcript window holding the fixture's line {@code line}, labelled as windows are. */
  private static Chunk window(String id, int from, int to, int line) {
    Segment s = TRANSCRIPT.get(line);
    return new Chunk(
        id,
        "ordinals",
        ChunkKind.TRANSCRIPT,
        from,
        to,
        null,
        "",
        s.speaker() + ": " + s.text(),
        null);
  }
}
