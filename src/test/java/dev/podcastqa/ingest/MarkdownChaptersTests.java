package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown transcripts that head each chapter with a timed heading ({@code ## [00:00:12] Polymath
 * Overview}) above turns of their own ({@code [00:00:12] **Audrow Nash:** text}), as the Audrow
 * Nash Podcast publishes them: the headings are the episode's chapters, not utterances.
 */
class MarkdownChaptersTests {

  private static final String POLYMATH =
      "src/test/resources/ingest/formats/audrow-nash-23-polymath.md";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @TempDir Path dir;

  @Test
  void timedHeadingsAreChaptersAndTheTurnsKeepTheirSpeakersAndTimes() {
    Corpus corpus = ingester.ingest(List.of(POLYMATH));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.chapters())
        .containsExactly(new Chapter(0, "Start"), new Chapter(12, "Polymath Overview"));
    List<Segment> segments = corpus.transcripts().of(episode.id());
    Set<String> titles =
        episode.chapters().stream().map(Chapter::title).collect(Collectors.toSet());
    assertThat(segments).extracting(Segment::text).noneMatch(titles::contains);
    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Stefan Seltz-Axmacher"),
            tuple(12.0, "Audrow Nash"),
            tuple(17.0, "Stefan Seltz-Axmacher"),
            tuple(29.0, "Audrow Nash"),
            tuple(32.0, "Ilia Baranov"),
            tuple(40.0, "Audrow Nash"),
            tuple(49.0, "Stefan Seltz-Axmacher"),
            tuple(123.0, "Audrow Nash"),
            tuple(126.0, "Ilia Baranov"));
    assertThat(segments.get(1).text())
        .isEqualTo(
            "Alright. Hi, everyone. Let's start with intros. Stefan, would you introduce yourself?");
  }

  @Test
  void theSameTranscriptWithoutHeadingsReadsTheSameTurnsAndNoChapters() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(POLYMATH));
    Path plain = dir.resolve("audrow-nash-23-polymath.md");
    Files.write(plain, lines.stream().filter(l -> !l.startsWith("## ")).toList());

    Corpus withHeadings = ingester.ingest(List.of(POLYMATH));
    Corpus without = ingester.ingest(List.of(plain.toString()));

    Episode episode = without.episodes().get(0);
    assertThat(episode.chapters()).isEmpty();
    assertThat(without.transcripts().of(episode.id()))
        .isEqualTo(withHeadings.transcripts().of(withHeadings.episodes().get(0).id()));
  }

  @Test
  void untimedSectionHeadingsAreChaptersAtTheFirstTurnUnderThemNotWordsOfTheTurnAbove() {
    Corpus corpus =
        ingester.ingest(
            List.of("src/test/resources/ingest/formats/lex-fridman-392-section-headings.md"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.chapters())
        .containsExactly(new Chapter(0, "Introduction"), new Chapter(75, "Stages of life"));
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(11);
    assertThat(segments.get(1).text())
        .endsWith("Now, dear friends, here\u2019s Joscha Bach.")
        .doesNotContain("Stages of life");
    assertThat(segments.get(2))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(75.0, "Lex Fridman");
  }

  @Test
  void aSectionHeadingWithNoTimeUnderItOrOneGoingBackIsNoChapterButStaysOutOfTheTurns()
      throws IOException {
    Path file = dir.resolve("talk.md");
    Files.writeString(
        file,
        """
        # A talk

        ## Opening

        **Ann Lee** (00:00:05):
        Welcome to the show, this is the first turn of many.

        **Bob Stone** (00:00:09):
        Thanks, it is good to be here and talk with you.

        ## Aside

        ## Middle

        **Ann Lee** (00:01:30):
        So let us get into the middle part of the conversation.

        **Bob Stone** (00:01:40):
        Gladly, there is a lot to say about the middle part.

        ## Going back

        **Ann Lee** (00:00:20):
        This turn was written with a time that goes back.
        """);

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.chapters())
        .containsExactly(new Chapter(5, "Opening"), new Chapter(90, "Middle"));
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::text)
        .noneMatch(t -> t.contains("Aside") || t.contains("Middle") || t.contains("Going back"));
  }
}
