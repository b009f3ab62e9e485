package dev.podcastqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.app.Application;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTests {

  @TempDir Path temp;

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    CorpusPlan plan = new CorpusPlan(4, 600, 7);
    SyntheticCorpus.write(plan, temp.resolve("a"));
    SyntheticCorpus.write(plan, temp.resolve("b"));

    List<Path> files = files(temp.resolve("a/episodes"));
    assertThat(files).hasSize(8).isEqualTo(files(temp.resolve("b/episodes")));
    for (Path file : files) {
      assertThat(temp.resolve("b/episodes").resolve(file))
          .hasSameBinaryContentAs(temp.resolve("a/episodes").resolve(file));
    }
  }

  @Test
  void anotherSeedWritesAnotherCorpus() throws IOException {
    SyntheticCorpus.write(new CorpusPlan(1, 600, 7), temp.resolve("a"));
    SyntheticCorpus.write(new CorpusPlan(1, 600, 8), temp.resolve("b"));

    assertThat(Files.readString(temp.resolve("a/episodes/e000000.vtt")))
        .isNotEqualTo(Files.readString(temp.resolve("b/episodes/e000000.vtt")));
  }

  @Test
  void theRealIngesterReadsEpisodesWithChaptersSpeakersAndTimes() {
    BenchDir dir = new BenchDir(temp, Map.of());
    SyntheticCorpus.write(new CorpusPlan(3, 1200, 42), dir.root());

    Corpus corpus = new Application(dir.config()).readCorpus(List.of());

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).hasSize(3);
    for (Episode episode : corpus.episodes()) {
      List<Segment> transcript = corpus.transcripts().of(episode.id());
      assertThat(episode.podcast()).isNotNull();
      assertThat(episode.published()).isNotNull();
      assertThat(episode.chapters()).hasSizeGreaterThan(1);
      assertThat(transcript.stream().map(Segment::speaker).filter(Objects::nonNull))
          .hasSizeGreaterThan(100);
      assertThat(transcript.stream().map(Segment::speaker).distinct()).hasSize(2);
      assertThat(transcript.get(transcript.size() - 1).endSeconds()).isGreaterThan(1200);
    }
  }

  @Test
  void theManifestNamesThePlanSoItCanBeReused() {
    CorpusPlan plan = new CorpusPlan(2, 300, 9);
    SyntheticCorpus.write(plan, temp);

    assertThat(SyntheticCorpus.read(temp)).contains(plan);
    assertThat(SyntheticCorpus.read(temp.resolve("nothing-here"))).isEmpty();
  }

  @Test
  void aChunkTargetSetsHowManyHourLongEpisodesAreWritten() {
    CorpusPlan plan = CorpusPlan.of(0, 100_000, 42);

    assertThat(plan.secondsPerEpisode()).isEqualTo(3600);
    assertThat(plan.expectedChunks()).isBetween(99_000L, 101_000L);
    assertThat(CorpusPlan.of(10, 1000, 42).expectedChunks()).isBetween(950L, 1050L);
  }
}
