package dev.podcastqa.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Index writes run on a thread of their own, one at a time, so the embedding of the next part of an
 * update never waits for the last part's write; a write's failure is thrown to the caller when it
 * next submits or waits.
 */
final class BackgroundWrites implements AutoCloseable {

  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "index-writer");
            thread.setDaemon(true);
            return thread;
          });
  private Future<?> writing = CompletableFuture.completedFuture(null);

  /** Waits for the write before, then starts {@code write}. */
  void submit(Runnable write) {
    await();
    writing = writer.submit(write);
  }

  /** Waits for the last write, throwing its failure. */
  void await() {
    try {
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the index", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("writing the index failed", e.getCause());
    }
  }

  @Override
  public void close() {
    writer.shutdownNow();
  }
}
