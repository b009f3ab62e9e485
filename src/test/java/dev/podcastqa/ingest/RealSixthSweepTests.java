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
  void chaptersListedAboveTheTranscriptKeepTheTextUnderTheirHeadings() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("devtools-fm-70-excerpt.mdx").toString()));

    Episode episode = corpus.episodes().get(0);
    // the SECTIONS list gives each chapter first, bare; the transcript's #### [00:02:19] heading
    // repeats it with the text below, which was dropped as a repeat
    assertThat(episode.chapters())
        .filteredOn(chapter -> chapter.startSeconds() == 139)
        .singleElement()
        .satisfies(
            chapter ->
                assertThat(chapter.notes()).contains("So Rome was or is to. A bit of a weird"));
    assertThat(episode.chapters())
        .filteredOn(chapter -> chapter.startSeconds() == 670)
        .singleElement()
        .satisfies(
            chapter ->
                assertThat(chapter.notes()).contains("that's essentially the story, uh, Rome"));
    assertThat(episode.published()).isEqualTo(java.time.LocalDate.of(2023, 10, 15));
  }
}
