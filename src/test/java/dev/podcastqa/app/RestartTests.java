package dev.podcastqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.podcastqa.cache.StartupCaches;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Restarts of the whole pipeline over a persisted index: the index's own record of each episode's
 * chunker input decides what is chunked again, and a folder written before it kept that record
 * still opens.
 */
class RestartTests {

  private static final Path SAMPLE = Path.of("data/episodes");

  /**
   * An index folder the previous version (commit 756d2e4, `ask --episodes data/episodes --index
   * DIR`) wrote over the sample corpus: its Lucene index, `sources.cache` and `chunks.manifest`.
   */
  private static final Path PREVIOUS_FORMAT = Path.of("src/test/resources/index/before-marks");

  @TempDir Path temp;
  private Path episodes;
  private Path index;

  @BeforeEach
  void copySampleCorpus() throws IOException {
    episodes = copy(SAMPLE, temp.resolve("episodes"));
    index = temp.resolve("index");
  }

  @Test
  void aRestartChunksNoUnchangedEpisodeUsingTheIndexsOwnRecord() throws Exception {
    int count;
    try (Pipeline first = open()) {
      count = first.corpus().episodes().size();
      assertThat(first.indexReport().embeddedEpisodes()).isEqualTo(count);
    }
    try (LuceneChunkStore store = LuceneChunkStore.open(lucene(), EmbeddingChoice.MINILM)) {
      assertThat(store.episodeMarks()).hasSize(count);
      assertThat(store.episodeMarks().values()).allMatch(m -> !m.fingerprint().isEmpty());
    }

    try (AutoCloseable info = atInfo(Indexer.class);
        LogCapture log = new LogCapture(Indexer.class);
        Pipeline second = open()) {
      assertThat(second.indexReport().embeddedChunks()).isZero();
      assertThat(second.indexReport().unchangedEpisodes()).isEqualTo(count);
      assertThat(log.lines(Level.INFO))
          .anyMatch(line -> line.contains("(" + count + " of them not chunked again)"));
    }
    assertThat(index.resolve("chunks.manifest")).doesNotExist();
  }

  @Test
  void anEpisodeChangedWhileStoppedIsIndexedAgainOnRestart() throws IOException {
    int count;
    try (Pipeline first = open()) {
      count = first.corpus().episodes().size();
    }
    Files.writeString(
        firstFile(),
        "\nListeners also asked about quokka husbandry in the mailbag.\n",
        StandardOpenOption.APPEND);

    try (Pipeline second = open()) {
      IndexReport report = second.indexReport();
      assertThat(report.embeddedEpisodes()).isEqualTo(1);
      assertThat(report.unchangedEpisodes()).isEqualTo(count - 1);
      assertThat(second.store().lexical("quokka husbandry", 3, SearchFilter.NONE)).isNotEmpty();
    }
  }

  /**
   * The folder as the version with {@code chunks.manifest} left it: a schema 4 index, which kept
   * float vectors beside int8 ones. Its manifest is deleted and the index rebuilt once (schema 5
   * stores bytes only), then a restart embeds and chunks nothing.
   */
  @Test
  void anIndexFolderOfThePreviousFormatIsRebuiltOnceThenEmbedsNothing() throws Exception {
    copy(PREVIOUS_FORMAT, index);
    assertThat(index.resolve("chunks.manifest")).exists();

    int count;
    try (AutoCloseable info = atInfo(Indexer.class);
        AutoCloseable cacheInfo = atInfo(StartupCaches.class);
        LogCapture caches = new LogCapture(StartupCaches.class);
        LogCapture lucene = LogCapture.silencing("dev.podcastqa.index.lucene.LuceneIndex");
        Pipeline first = open()) {
      count = first.corpus().episodes().size();
      assertThat(caches.lines(Level.INFO))
          .anyMatch(line -> line.contains("chunk manifest of an earlier version"));
      assertThat(lucene.warnings())
          .singleElement()
          .asString()
          .contains("schema=4")
          .contains("rebuilding it");
      assertThat(first.indexReport().embeddedEpisodes()).isEqualTo(count);
      assertThat(first.indexReport().embeddedChunks()).isPositive();
    }
    assertThat(index.resolve("chunks.manifest")).doesNotExist();

    try (AutoCloseable info = atInfo(Indexer.class);
        LogCapture indexer = new LogCapture(Indexer.class);
        Pipeline second = open()) {
      assertThat(second.indexReport().embeddedChunks()).isZero();
      assertThat(indexer.lines(Level.INFO))
          .anyMatch(line -> line.contains("(" + count + " of them not chunked again)"));
    }
  }

  /**
   * Lets {@code type}'s INFO lines through while the returned handle is open, whatever level a
   * command run earlier in this JVM left the root logger at (the CLI sets WARN).
   */
  private static AutoCloseable atInfo(Class<?> type) {
    Logger logger = (Logger) LoggerFactory.getLogger(type);
    Level before = logger.getLevel();
    logger.setLevel(Level.INFO);
    return () -> logger.setLevel(before);
  }

  private Pipeline open() {
    return new Application(TestConfig.of(episodes, index)).open();
  }

  private Path lucene() {
    return index.resolve("lucene");
  }

  private Path firstFile() throws IOException {
    try (Stream<Path> files = Files.list(episodes)) {
      return files.sorted().findFirst().orElseThrow();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(from)) {
      all = files.toList();
    }
    for (Path source : all) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.copy(source, target);
      }
    }
    return to;
  }
}
