package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files of the fourth and fifth listener probes (probe35, probe35b; sources in SWEEP.md under
 * src/test/resources/ingest/formats, "Sixth sweep"): REWORK's pages saved with the podcast named in
 * a nested {@code source:} object, and the music cues between its turns (devtools.fm's pages, which
 * list their chapters above the transcript and repeat them as its headings, are {@link
 * MdxPagesTests}'); an Oxide and Friends transcript published with its human-corrected version; an
 * Ergo call's topics, questions and decisions beside its transcript.
 */
class RealSixthSweepTests {

  private static final Path SWEEP = Path.of("src/test/resources/ingest/formats/sixth-sweep");

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

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

  @Test
  void aCallsTopicsAreItsChaptersAndItsQuestionsAndDecisionsOneNote() {
    Path call = SWEEP.resolve("ergo-20240614");

    Corpus corpus = ingester.ingest(List.of(call.toString()));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Weekly Update & AMA - June 13th 2024");
    assertThat(episode.chapters()).hasSize(16);
    assertThat(episode.chapters().subList(0, 3))
        .extracting(Chapter::startSeconds, Chapter::title)
        .containsExactly(
            tuple(17, "ErgoHack Community Voting and Prize Distribution"),
            tuple(100, "Rosen Bridge Friday Launch and Watcher Updates"),
            tuple(159, "Sam Lambert Introduction and Palmyra Background"));
    assertThat(corpus.transcripts().of(episode.id())).hasSize(20);
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.note()).isTrue();
              assertThat(note.location()).isEqualTo(call.toString());
              assertThat(note.reason())
                  .isEqualTo(
                      "2 files of another tool's data (_qa.json, _decisions.json) beside their"
                          + " episodes' transcripts; not read");
            });
  }

  @Test
  void topicsWithoutStartTimesOrQuestionsWithoutATranscriptAreNotSkippedQuietly()
      throws IOException {
    Files.writeString(
        folder.resolve("2017-W31_topics.json"),
        "{\"chat\": \"general\", \"topics\": [{\"title\": \"Testnet Timeline\"}]}");
    Files.copy(
        SWEEP.resolve("ergo-20240614/20240614_jiJEy4M-O7g_qa.json"),
        folder.resolve("20240614_jiJEy4M-O7g_qa.json"));

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).isEmpty();
    assertThat(corpus.problems()).hasSize(2).noneMatch(Problem::note);
  }

  @Test
  void aTopicsFileLendsNoFileNameTitleOfItsOwn() throws IOException {
    String call = "20240614_jiJEy4M-O7g";
    Path alone = Files.createDirectory(folder.resolve("alone"));
    Path withTopics = Files.createDirectory(folder.resolve("with-topics"));
    for (Path into : List.of(alone, withTopics)) {
      Files.copy(
          SWEEP.resolve("ergo-20240614/" + call + "_transcript.txt"),
          into.resolve(call + "_transcript.txt"));
    }
    Files.copy(
        SWEEP.resolve("ergo-20240614/" + call + "_topics.json"),
        withTopics.resolve(call + "_topics.json"));

    Episode transcriptAlone = ingester.ingest(List.of(alone.toString())).episodes().get(0);
    Corpus joined = ingester.ingest(List.of(withTopics.toString()));

    assertThat(joined.episodes())
        .singleElement()
        .satisfies(
            episode -> {
              assertThat(episode.title())
                  .isEqualTo(transcriptAlone.title())
                  .doesNotContain("opics");
              assertThat(episode.chapters()).hasSize(16);
            });
  }
}
