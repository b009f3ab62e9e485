package dev.podcastqa.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link Application#open} runs its steps: the slow ones on threads of their own beside the
 * reading of the corpus, their failures rethrown as they were, and the time each took logged.
 */
final class StartupSteps {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private StartupSteps() {}

  /**
   * Runs a step of opening on a thread of its own: the model load and the store open each take a
   * fraction of a second to a second, about as long as reading the corpus on the calling thread.
   */
  static <T> CompletableFuture<T> inBackground(String name, Supplier<T> step) {
    return CompletableFuture.supplyAsync(
        step,
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          thread.start();
        });
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
