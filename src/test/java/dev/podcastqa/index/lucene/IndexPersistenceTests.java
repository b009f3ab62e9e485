package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.podcastqa.app.Application;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.Fingerprints;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.index.StoredMarks;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.testing.Episodes;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted index: reused across restarts, updated incrementally, rebuilt when damaged. */
class IndexPersistenceTests {

  private static Embedder embedder;
  private static List<Episode> sample;
  private static Transcripts transcripts;

  @TempDir Path folder;
  private LogCapture log;

  @BeforeAll
  static void loadModelAndCorpus() {
    embedder = new Embedder(EmbeddingChoice.MINILM);
    Corpus corpus = new Application(TestConfig.sampleCorpus("unused")).readCorpus(List.of());
    sample = corpus.episodes();
    transcripts = corpus.transcripts();
  }

  @BeforeEach
  void captureWarnings() {
    log = LogCapture.silencing(LuceneIndex.class);
  }

  @AfterEach
  void stopCapturing() {
    try (LogCapture captured = log) {
      assertThat(captured.withStackTraces()).as("a damaged index is one line").isEmpty();
    }
  }

  @Test
  void restartReembedsNothing() {
    IndexReport first = sync(EmbeddingChoice.MINILM, sample);
    IndexReport second = sync(EmbeddingChoice.MINILM, sample);

    assertThat(first.embeddedEpisodes()).isEqualTo(4);
    assertThat(second.embeddedEpisodes()).isZero();
    assertThat(second.embeddedChunks()).isZero();
    assertThat(second.unchangedEpisodes()).isEqualTo(4);
    assertThat(second.totalChunks()).isEqualTo(first.totalChunks()).isPositive();
  }

  @Test
  void onlyTheChangedEpisodeIsEmbeddedAgain() {
    sync(EmbeddingChoice.MINILM, sample);
    List<Episode> changed = new ArrayList<>(sample);
    Episode first = changed.get(0);
    changed.set(0, Episodes.withDescription(first, first.description() + "\n\nA new paragraph."));

    IndexReport report = sync(EmbeddingChoice.MINILM, changed);

    assertThat(report.embeddedEpisodes()).isEqualTo(1);
    assertThat(report.unchangedEpisodes()).isEqualTo(3);
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThat(store.lexical("new paragraph", 5, SearchFilter.NONE))
          .anySatisfy(hit -> assertThat(hit.chunk().episodeId()).isEqualTo(first.id()));
    }
  }

  @Test
  void anEpisodeWhoseSourcesAreGoneIsRemoved() {
    IndexReport full = sync(EmbeddingChoice.MINILM, sample);
    Episode gone = sample.get(3);

    IndexReport report = sync(EmbeddingChoice.MINILM, sample.subList(0, 3));

    assertThat(report.removedEpisodes()).isEqualTo(1);
    assertThat(report.totalChunks()).isLessThan(full.totalChunks());
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThat(store.episodeHashes()).doesNotContainKey(gone.id());
      assertThat(store.lexical(gone.title(), 50, SearchFilter.NONE))
          .noneMatch(hit -> hit.chunk().episodeId().equals(gone.id()));
    }
  }

  @Test
  void changingTheEmbeddingModelRebuildsTheIndexCleanly() {
    sync(EmbeddingChoice.MINILM, sample);

    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.BGE_SMALL)) {
      assertThat(store.chunkCount()).isZero();
      assertThat(store.episodeHashes()).isEmpty();
    }
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .startsWith("WARN LuceneIndex: The index in " + folder + " was built with {")
        .contains("model=" + EmbeddingChoice.MINILM.id())
        .contains("; rebuilding it for {")
        .endsWith(
            "model=" + EmbeddingChoice.BGE_SMALL.id() + ", schema=" + LuceneIndex.SCHEMA + "}");
  }

  @Test
  void aCorruptIndexIsRebuiltWithAWarningInsteadOfFailing() throws IOException {
    sync(EmbeddingChoice.MINILM, sample);
    for (Path file : indexFiles()) {
      if (!file.getFileName().toString().equals("write.lock")) {
        byte[] garbage = new byte[(int) Math.max(16, Files.size(file))];
        java.util.Arrays.fill(garbage, (byte) 7);
        Files.write(file, garbage);
      }
    }

    IndexReport report = sync(EmbeddingChoice.MINILM, sample);

    assertThat(report.embeddedEpisodes()).isEqualTo(4);
    assertOneCorruptWarning();
  }

  @Test
  void aTruncatedFileIsDetectedAndTheIndexRebuilt() throws IOException {
    sync(EmbeddingChoice.MINILM, sample);
    Path biggest =
        indexFiles().stream()
            .filter(f -> !f.getFileName().toString().startsWith("segments"))
            .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
            .orElseThrow();
    byte[] bytes = Files.readAllBytes(biggest);
    Files.write(biggest, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    IndexReport report = sync(EmbeddingChoice.MINILM, sample);

    assertThat(report.embeddedEpisodes()).isEqualTo(4);
    assertOneCorruptWarning();
  }

  @Test
  void anIndexWhoseCommitPointIsMissingStartsAfresh() throws IOException {
    sync(EmbeddingChoice.MINILM, sample);
    for (Path file : indexFiles()) {
      if (file.getFileName().toString().startsWith("segments")) {
        Files.delete(file);
      }
    }

    IndexReport report = sync(EmbeddingChoice.MINILM, sample);

    assertThat(report.embeddedEpisodes()).isEqualTo(4);
    assertThat(report.totalChunks()).isPositive();
  }

  @Test
  void writesAreOnlyVisibleOnceCommitted() {
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      new Indexer(new Chunker(embedder, 256), embedder, store)
          .sync(sample.subList(0, 1), transcripts);
    }
    // An indexer that stops before committing leaves the last commit as it was.
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      store.removeEpisode(sample.get(0).id());
    }
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThat(store.episodeHashes()).containsKey(sample.get(0).id());
    }
  }

  @Test
  void whileAnotherHoldsTheIndexASecondOpenSearchesItReadOnlyAndFollowsItsCommits()
      throws InterruptedException {
    sync(EmbeddingChoice.MINILM, sample);
    Episode first = sample.get(0);
    try (LuceneChunkStore writing = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LuceneChunkStore reading = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThat(writing.readOnly()).isFalse();
      assertThat(reading.readOnly()).isTrue();
      assertThat(reading.chunkCount()).isEqualTo(writing.chunkCount()).isPositive();
      assertThat(reading.lexical(first.title(), 50, SearchFilter.NONE))
          .anyMatch(hit -> hit.chunk().episodeId().equals(first.id()));
      assertThatThrownBy(() -> reading.removeEpisode(first.id()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(folder.toString())
          .hasMessageContaining("read-only");

      writing.removeEpisode(first.id());
      writing.commit();

      long deadline = System.nanoTime() + 10_000_000_000L;
      while (reading.episodeHashes().containsKey(first.id()) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(reading.episodeHashes()).doesNotContainKey(first.id());
      assertThat(reading.lexical(first.title(), 50, SearchFilter.NONE))
          .noneMatch(hit -> hit.chunk().episodeId().equals(first.id()));
    }
  }

  @Test
  void aSecondOpenSaysInOneLineThatItOnlyReadsTheFolderAndWhenNewEpisodesArrive() {
    sync(EmbeddingChoice.MINILM, sample);
    try (LuceneChunkStore writing = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LogCapture log = LogCapture.silencing(LuceneIndex.class);
        LuceneChunkStore reading = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThat(reading.readOnly()).isTrue();
      // The lock is this JVM's own here, so no pid is named (another process's would be).
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO LuceneIndex: The index folder "
                  + folder
                  + " is being written by another process; opened it read-only: answers come"
                  + " from what that process last committed, and new episodes are searchable here"
                  + " once it has indexed them (to write here instead, stop it and start this"
                  + " command again)");
    }
  }

  @Test
  void aReadOnlyIndexerDoesNotWarnOfAnEpisodeTheWriterHasIndexedSince()
      throws InterruptedException {
    sync(EmbeddingChoice.MINILM, sample.subList(1, sample.size()));
    try (LuceneChunkStore writing = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LuceneChunkStore reading = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LogCapture log = LogCapture.silencing(Indexer.class)) {
      // Both long-lived, on the marks read ahead at start, as in two serves.
      Indexer writer = new Indexer(new Chunker(embedder, 256), embedder, writing);
      Indexer reader =
          new Indexer(
              new Chunker(embedder, 256),
              embedder,
              StoredMarks.readAhead(reading),
              Fingerprints.NONE);
      reader.sync(sample.subList(1, sample.size()), transcripts);

      writer.sync(sample, transcripts);
      long deadline = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < deadline && !writing.version().equals(reading.version())) {
        Thread.sleep(100);
      }
      reader.sync(sample, transcripts);

      assertThat(log.warnings()).isEmpty();
    }
  }

  @Test
  void anIndexerOnAReadOnlyStoreWritesNothingAndReportsNothingEmbedded() {
    IndexReport built = sync(EmbeddingChoice.MINILM, sample);
    List<Episode> changed = new ArrayList<>(sample.subList(1, sample.size()));
    changed.set(0, Episodes.withDescription(changed.get(0), "A description written since."));
    try (LuceneChunkStore writing = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LuceneChunkStore reading = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
        LogCapture indexer = LogCapture.silencing(Indexer.class)) {
      IndexReport report =
          new Indexer(new Chunker(embedder, 256), embedder, reading).sync(changed, transcripts);

      assertThat(indexer.lines(Level.WARN))
          .containsExactly(
              "WARN Indexer: Lucene index in "
                  + folder
                  + " is written by another process; answering from it as that process left it,"
                  + " where 1 episodes differ from the corpus read here and 1 are no longer in it");
      assertThat(indexer.withStackTraces()).isEmpty();

      assertThat(report.embeddedEpisodes()).isZero();
      assertThat(report.removedEpisodes()).isZero();
      assertThat(report.totalChunks()).isEqualTo(built.totalChunks());
      assertThat(writing.episodeHashes()).containsKey(sample.get(0).id());
      assertThat(writing.lexical("written since", 5, SearchFilter.NONE)).isEmpty();
    }
  }

  @Test
  void aLockedIndexThatCannotBeSearchedAsItIsFailsWithAMessageNamingTheFolder() {
    try (LuceneChunkStore empty = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThatThrownBy(() -> LuceneChunkStore.open(folder, EmbeddingChoice.MINILM))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining(folder.toString())
          .hasMessageContaining("in use by another process")
          .hasMessageContaining("no finished build");
    }
    sync(EmbeddingChoice.MINILM, sample.subList(0, 1));
    try (LuceneChunkStore built = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      assertThatThrownBy(() -> LuceneChunkStore.open(folder, EmbeddingChoice.BGE_SMALL))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("in use by another process")
          .hasMessageContaining("--index");
      assertThat(built.chunkCount()).isPositive();
    }
  }

  private IndexReport sync(EmbeddingChoice model, List<Episode> episodes) {
    Embedder modelEmbedder = model == EmbeddingChoice.MINILM ? embedder : new Embedder(model);
    try (LuceneChunkStore store = LuceneChunkStore.open(folder, model)) {
      return new Indexer(new Chunker(modelEmbedder, model.maxTokens()), modelEmbedder, store)
          .sync(episodes, transcripts);
    }
  }

  private List<Path> indexFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  private void assertOneCorruptWarning() {
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .startsWith("WARN LuceneIndex: The index in " + folder + " is corrupt or partial (")
        .endsWith("); rebuilding it");
  }
}
