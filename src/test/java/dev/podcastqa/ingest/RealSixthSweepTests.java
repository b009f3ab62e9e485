package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real files of the fourth listener probe (probe35; sources in SWEEP.md under
 * src/test/resources/ingest/formats, "Sixth sweep"): REWORK's pages saved with the podcast named in
 * a nested {@code source:} object, and the music cues between its turns.
 */
class RealSixthSweepTests {

  private static final Path SWEEP = Path.of("src/test/resources/ingest/formats/sixth-sweep");

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void aNestedSourceObjectNamesThePodcastAndTheEpisodesPage() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("rework-breadcamp-excerpt.md").toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Breadcamp");
    assertThat(episode.podcast()).isEqualTo("REWORK");
    assertThat(episode.links().page()).isEqualTo("https://37signals.com/podcast/breadcamp/");
  }

  @Test
  void aMusicCueBetweenTurnsIsNobodysWords() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("rework-breadcamp-excerpt.md").toString()));

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    assertThat(segments)
        .filteredOn(segment -> segment.text().contains("Clip Art plays"))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(tuple(11.0, null), tuple(67.0, null));
    assertThat(segments.get(0).speaker()).isEqualTo("Nathan");
    assertThat(segments.get(2).speaker()).isEqualTo("Shaun");
  }

  @Test
  void theHumanCorrectedTranscriptWinsOverTheLongerUncorrectedOne() {
    // lines 1-14 of the published transcript, 1-12 of its corrected version
    Corpus corpus = ingester.ingest(List.of(SWEEP.resolve("oxide-coders-block").toString()));

    assertThat(corpus.episodes()).hasSize(1);
    String words =
        corpus.transcripts().of(corpus.episodes().get(0).id()).stream()
            .map(Segment::text)
            .reduce("", (a, b) -> a + " " + b);
    assertThat(words)
        .contains("the tweet that we're going to be talking about today", "record-breaking")
        .doesNotContain("gonna be talking", "But I'm trying to narrow");
  }
}
