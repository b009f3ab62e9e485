package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.app.Application;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.testing.Episodes;
import dev.podcastqa.testing.TestConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Lucene index records with each episode's chunks (content hash and chunker fingerprint):
 * it decides what a restart chunks again, and it is committed with the chunks or not at all.
 */
class LuceneEpisodeMarkersTests {

  private static Embedder embedder;
  private static List<Episode> sample;
  private static Transcripts transcripts;

  @TempDir Path folder;

  /** Token counts the chunker asked for: none means no episode was chunked. */
  private final AtomicInteger counted = new AtomicInteger();

  @BeforeAll
  static void loadModelAndCorpus() {
    embedder = new Embedder(EmbeddingChoice.MINILM);
    Corpus corpus = new Application(TestConfig.sampleCorpus("unused")).readCorpus(List.of());
    sample = corpus.episodes();
    transcripts = corpus.transcripts();
  }

  @Test
  void aRestartChunksNoEpisodeWhoseFingerprintTheIndexRecorded() {
    sync(sample, version("v1"));

    counted.set(0);

    IndexReport restart = sync(sample, version("v1"));

    assertThat(counted.get()).isZero();
    assertThat(restart.embeddedChunks()).isZero();
    assertThat(restart.unchangedEpisodes()).isEqualTo(sample.size());
    assertThat(marks().values()).allSatisfy(m -> assertThat(m.fingerprint()).startsWith("v1/"));
  }

  /**
   * An episode's marker is written once, with its fingerprint, in the same write as its chunks: no
   * second write replaces it, which left a deleted marker per episode in the index (and made each
   * live update's reopen apply a delete query over every segment).
   */
  @Test
  void eachWrittenEpisodeGetsItsFingerprintedMarkerInOneWrite() throws Exception {
    sync(sample, version("v1"));

    try (FSDirectory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.numDeletedDocs()).isZero();
    }
    assertThat(marks().values()).allSatisfy(m -> assertThat(m.fingerprint()).startsWith("v1/"));
  }

  @Test
  void aChangedEpisodeIsChunkedAndEmbeddedAgainAndMarkedAnew() {
    sync(sample, version("v1"));
    Map<String, EpisodeMark> before = marks();
    List<Episode> changed = new ArrayList<>(sample);
    Episode first = changed.get(0);
    changed.set(0, Episodes.withDescription(first, first.description() + "\n\nA new paragraph."));

    IndexReport report = sync(changed, version("v1"));

    assertThat(report.embeddedEpisodes()).isEqualTo(1);
    Map<String, EpisodeMark> after = marks();
    assertThat(after.get(first.id()).hash()).isNotEqualTo(before.get(first.id()).hash());
    assertThat(after.get(first.id()).fingerprint()).isEqualTo(fingerprint("v1", changed.get(0)));
    assertThat(after.get(sample.get(1).id())).isEqualTo(before.get(sample.get(1).id()));
  }

  @Test
  void anotherChunkingCodeChunksEveryEpisodeOnceButEmbedsNothing() {
    sync(sample, version("v1"));

    counted.set(0);

    IndexReport report = sync(sample, version("v2"));

    assertThat(counted.get()).isPositive();
    assertThat(report.embeddedChunks()).isZero();
    assertThat(marks().values()).allSatisfy(m -> assertThat(m.fingerprint()).startsWith("v2/"));
  }

  @Test
  void aCrashBeforeTheCommitLeavesChunksAndMarksAsTheyWereTogether() {
    sync(sample, version("v1"));
    Map<String, EpisodeMark> before = marks();
    List<Episode> changed = new ArrayList<>(sample);
    Episode first = changed.get(0);
    changed.set(0, Episodes.withDescription(first, first.description() + "\n\nA new paragraph."));

    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      ChunkStore dying = dyingAtCommit(store);
      Indexer indexer = new Indexer(chunker(), embedder, dying, version("v2"));
      assertThatThrownBy(() -> indexer.sync(changed, transcripts)).hasMessageContaining("killed");
    } // closing without a commit drops what was written, as a killed process would

    assertThat(marks()).isEqualTo(before);
    counted.set(0);
    IndexReport restart = sync(sample, version("v1"));
    assertThat(counted.get()).isZero();
    assertThat(restart.embeddedChunks()).isZero();
  }

  private IndexReport sync(List<Episode> episodes, Fingerprints fingerprints) {
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      return new Indexer(chunker(), embedder, store, fingerprints).sync(episodes, transcripts);
    }
  }

  private Chunker chunker() {
    TokenCounter counting =
        text -> {
          counted.incrementAndGet();
          return embedder.count(text);
        };
    return new Chunker(counting, EmbeddingChoice.MINILM.maxTokens());
  }

  /** Fingerprints as a chunking code named {@code code} would give them. */
  private static Fingerprints version(String code) {
    return (episode, all) -> fingerprint(code, episode);
  }

  private static String fingerprint(String code, Episode episode) {
    return code + "/" + episode.id() + "/" + episode.description().hashCode();
  }

  private Map<String, EpisodeMark> marks() {
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      return store.episodeMarks();
    }
  }

  /** The store, but its commit fails as if the process were killed at that moment. */
  private static ChunkStore dyingAtCommit(ChunkStore store) {
    return (ChunkStore)
        Proxy.newProxyInstance(
            ChunkStore.class.getClassLoader(),
            new Class<?>[] {ChunkStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit")) {
                throw new IllegalStateException("killed at commit");
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
