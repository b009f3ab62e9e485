package dev.podcastqa.index;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The claim questions have on a core while passages are embedded: each question's query embedding
 * holds a core for {@link #HOLD} from then, the time a question takes to be answered after it, and
 * passage embedding leaves that core to it. Only one core: passage embedding never stops.
 */
final class QuestionsFirst {

  /**
   * How long after its query embedding a question keeps its core: a whole question took 20 to 40 ms
   * on two idle cores, up to about 260 ms under load; a later question's embedding holds it longer.
   */
  static final Duration HOLD = Duration.ofMillis(250);

  /** How often a worker that gave up its core looks whether it may go on. */
  private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final LongSupplier nanoTime;
  private final AtomicLong heldUntil;

  QuestionsFirst() {
    this(System::nanoTime);
  }

  /**
   * @param nanoTime the clock, {@link System#nanoTime} but in tests
   */
  QuestionsFirst(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.heldUntil = new AtomicLong(nanoTime.getAsLong());
  }

  /** A question is being answered: it holds a core for {@link #HOLD} from now. */
  void asked() {
    long until = nanoTime.getAsLong() + HOLD.toNanos();
    heldUntil.accumulateAndGet(until, (a, b) -> a - b < 0 ? b : a);
  }

  /** Whether a question holds a core now. */
  boolean held() {
    return nanoTime.getAsLong() - heldUntil.get() < 0;
  }

  /**
   * Waits while a question holds a core, looking every 5 ms, and returns early once {@code
   * needless} says the caller has nothing left to do (other workers took the rest).
   */
  void awaitFree(BooleanSupplier needless) {
    while (held() && !needless.getAsBoolean()) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      long left = heldUntil.get() - nanoTime.getAsLong();
      try {
        TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(left, LOOK_NANOS)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
