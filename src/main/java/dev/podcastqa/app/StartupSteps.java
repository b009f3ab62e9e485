package dev.podcastqa.app;

import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.retrieve.HybridRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link Application#open} runs its steps: the slow ones on threads of their own beside the
 * reading of the corpus, their failures rethrown as they were, and the time each took logged.
 */
final class StartupSteps {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  /** What the warm-up search asks: common words, so every kind of search has matches to score. */
  static final String WARM_UP = "What was said about the history of this and why does it matter?";

  /** Passages the warm-up search fuses, as many as an answer's search takes. */
  private static final int WARM_UP_PASSAGES = 12;

  private StartupSteps() {}

  /**
   * Runs a step of opening on a thread of its own: the model load and the store open each take a
   * fraction of a second to a second, about as long as reading the corpus on the calling thread.
   */
  static <T> CompletableFuture<T> inBackground(String name, Supplier<T> step) {
    return CompletableFuture.supplyAsync(step, ownThread(name));
  }

  /** Runs each task given to it on a new daemon thread named {@code name}. */
  static Executor ownThread(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }

  /** The step's result, or the runtime exception it failed with (not wrapped). */
  static <T> T join(CompletableFuture<T> step) {
    try {
      return step.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The retriever {@code make} builds once the model and the store are ready, after it has answered
   * one search on a thread of its own, beside the corpus read: the first question's search then
   * runs compiled code over index pages already touched (at a million chunks its first search took
   * seconds, the next ones tens of milliseconds). A failed warm-up is logged and left to the first
   * question to meet.
   */
  static CompletableFuture<HybridRetriever> warmedUp(
      CompletableFuture<Embedder> loading,
      CompletableFuture<ChunkStore> opening,
      BiFunction<Embedder, ChunkStore, HybridRetriever> make) {
    // Async: else whichever thread joins the model or the store first may run the search itself.
    return loading.thenCombineAsync(
        opening, (e, store) -> warmedUp(make.apply(e, store)), ownThread("search-warm-up"));
  }

  private static HybridRetriever warmedUp(HybridRetriever retriever) {
    long started = System.nanoTime();
    try {
      retriever.retrieve(WARM_UP, SearchFilter.NONE, WARM_UP_PASSAGES);
      LOG.debug("Warmed up the search in {} ms", millis(started, System.nanoTime()));
    } catch (RuntimeException e) {
      LOG.debug("The warm-up search failed ({}); the first question will be slower", e.toString());
    }
    return retriever;
  }

  static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  /** One line with how long opening took, step by step (logged as the application's). */
  static void logOpened(long startedNanos, Pipeline.Timings timings) {
    LOG.info(
        "Opened in {} ms: corpus {} ms, then model {} ms, store {} ms, index {} ms",
        millis(startedNanos, System.nanoTime()),
        timings.readMillis(),
        timings.modelMillis(),
        timings.storeMillis(),
        timings.indexMillis());
  }
}
