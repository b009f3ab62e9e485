package dev.podcastqa.index;

import java.util.AbstractList;
import java.util.concurrent.TimeUnit;

/**
 * The vectors of one embedding call, as its workers make them: a list whose {@code get(i)} waits
 * until passage {@code i} is embedded, so the index can write each chunk while the passages after
 * it are still embedded. When the embedding fails, a waiting {@code get} throws; a store reading
 * the chunks of an episode in one atomic write then leaves the episode as it was.
 */
final class ArrivingVectors extends AbstractList<float[]> {

  /** How long one passage may be waited for: the embedding call's own deadline. */
  private static final long DEADLINE_MINUTES = 30;

  private final float[][] vectors;
  private int arrived;
  private long startedNanos;
  private long lastNanos;
  private RuntimeException failure;

  ArrivingVectors(int size) {
    this.vectors = new float[size][];
  }

  /** Notes that the embedding starts now (for {@link #embeddingNanos()}). */
  synchronized void started() {
    startedNanos = System.nanoTime();
  }

  /** Passage {@code i}'s vector, made. */
  synchronized void arrived(float[] vector, int i) {
    if (vectors[i] == null) {
      arrived++;
    }
    vectors[i] = vector;
    lastNanos = System.nanoTime();
    notifyAll();
  }

  /** The embedding failed: every wait for a vector not made throws. */
  synchronized void failed(RuntimeException cause) {
    failure = cause;
    notifyAll();
  }

  /** From {@link #started()} until the last vector arrived; 0 before all have. */
  synchronized long embeddingNanos() {
    return arrived == vectors.length && arrived > 0 ? lastNanos - startedNanos : 0;
  }

  /**
   * Nanoseconds from the last vector's arrival until {@code nanoTime} (a writer's end: how long it
   * ran past the embedding), or 0 before all have arrived.
   */
  synchronized long sinceLastNanos(long nanoTime) {
    return arrived == vectors.length && arrived > 0 ? Math.max(0, nanoTime - lastNanos) : 0;
  }

  /**
   * Passage {@code i}'s vector, waiting until it is made.
   *
   * @throws IllegalStateException when the embedding failed, the wait timed out or was interrupted
   */
  @Override
  public synchronized float[] get(int i) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(DEADLINE_MINUTES);
    while (vectors[i] == null) {
      if (failure != null) {
        throw new IllegalStateException("embedding passage " + i + " failed", failure);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "passage " + i + " was not embedded within " + DEADLINE_MINUTES + " minutes");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for passage " + i, e);
      }
    }
    return vectors[i];
  }

  @Override
  public int size() {
    return vectors.length;
  }
}
