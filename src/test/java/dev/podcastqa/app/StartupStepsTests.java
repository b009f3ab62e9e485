package dev.podcastqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.retrieve.EvidenceFinder;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.WordRarity;
import dev.podcastqa.testing.LogCapture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The warm-up search opening runs beside the corpus read, once the model and store are ready. */
class StartupStepsTests {

  private static Embedder embedder;
  private static final QueryTerms TERMS = new QueryTerms();

  @TempDir Path temp;

  /** The threads the retriever was made on. */
  private final List<String> threads = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void loadModel() {
    embedder = new Embedder(EmbeddingChoice.MINILM);
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  private HybridRetriever make(Embedder e, ChunkStore store) {
    threads.add(Thread.currentThread().getName());
    return new HybridRetriever(e, store, new EvidenceFinder(TERMS, WordRarity.load(), store));
  }

  @Test
  void theWarmUpSearchRunsOnAThreadOfItsOwnOnceTheModelAndTheStoreAreReady() throws Exception {
    CompletableFuture<Embedder> loading = new CompletableFuture<>();
    CompletableFuture<ChunkStore> opening = new CompletableFuture<>();
    try (ChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM);
        Debug log = new Debug()) {
      CompletableFuture<HybridRetriever> warming =
          StartupSteps.warmedUp(loading, opening, this::make);
      loading.complete(embedder);
      assertThat(warming).isNotDone();
      opening.complete(store);

      HybridRetriever retriever = warming.get(60, TimeUnit.SECONDS);

      assertThat(retriever).isNotNull();
      assertThat(threads).containsExactly("search-warm-up");
      assertThat(log.capture.lines(Level.DEBUG)).anyMatch(l -> l.contains("Warmed up the search"));
    }
  }

  @Test
  void aFailedWarmUpSearchIsLoggedAndTheRetrieverStillGiven() throws Exception {
    ChunkStore closed = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM);
    closed.close();
    try (Debug log = new Debug()) {
      HybridRetriever retriever =
          StartupSteps.warmedUp(
                  CompletableFuture.completedFuture(embedder),
                  CompletableFuture.completedFuture(closed),
                  this::make)
              .get(60, TimeUnit.SECONDS);

      assertThat(retriever).isNotNull();
      assertThat(log.capture.lines(Level.DEBUG))
          .anyMatch(l -> l.contains("The warm-up search failed"));
      assertThat(log.capture.withStackTraces()).isEmpty();
    }
  }

  /** The application's log captured down to DEBUG, where the warm-up reports. */
  private static final class Debug implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(Application.class);
    private final Level was = logger.getLevel();
    private final LogCapture capture;

    Debug() {
      logger.setLevel(Level.DEBUG);
      capture = new LogCapture(Application.class);
    }

    @Override
    public void close() {
      capture.close();
      logger.setLevel(was);
    }
  }
}
