package dev.podcastqa.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an attempt again while its outcome asks for a pause, at most a number of times and never
 * past a deadline: a pause that would leave the next attempt less than its least useful time is not
 * taken, and the last outcome stands (its result returned, its failure thrown). Immutable; the
 * {@code on...} and {@code with...} methods return a changed copy.
 *
 * @param <T> what one attempt returns
 */
public final class Retry<T> {

  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  /**
   * The wait before another attempt, and why one is made (for the log line).
   *
   * @param why e.g. {@code "rate-limited"}
   */
  public record Pause(Duration duration, String why) {
    public Pause {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("negative pause: " + duration);
      }
      Objects.requireNonNull(why, "why");
    }
  }

  private final String what;
  private final int attempts;
  private final Duration within;
  private final Function<? super T, Optional<Pause>> afterResult;
  private final Function<? super RuntimeException, Optional<Pause>> afterFailure;
  private final Duration leastAttempt;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;

  private Retry(
      String what,
      int attempts,
      Duration within,
      Function<? super T, Optional<Pause>> afterResult,
      Function<? super RuntimeException, Optional<Pause>> afterFailure,
      Duration leastAttempt,
      Sleeper sleeper,
      LongSupplier nanoTime) {
    if (attempts < 1) {
      throw new IllegalArgumentException("at least one attempt, not " + attempts);
    }
    this.what = Objects.requireNonNull(what, "what");
    this.attempts = attempts;
    this.within = Objects.requireNonNull(within, "within");
    this.afterResult = afterResult;
    this.afterFailure = afterFailure;
    this.leastAttempt = leastAttempt;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  /**
   * {@code what} (named in the log line of each retry) tried at most {@code attempts} times, none
   * begun after {@code within} from the first; no outcome is retried until {@link #onResult} or
   * {@link #onFailure} says which are.
   */
  public static <T> Retry<T> of(String what, int attempts, Duration within) {
    return new Retry<>(
        what,
        attempts,
        within,
        result -> Optional.empty(),
        failure -> Optional.empty(),
        Duration.ZERO,
        Sleeper.REAL,
        System::nanoTime);
  }

  /** Retries a result {@code pause} gives a pause for; {@code pause} may throw to stop at once. */
  public Retry<T> onResult(Function<? super T, Optional<Pause>> pause) {
    return new Retry<>(
        what, attempts, within, pause, afterFailure, leastAttempt, sleeper, nanoTime);
  }

  /** Retries a failure {@code pause} gives a pause for; others are thrown at once. */
  public Retry<T> onFailure(Function<? super RuntimeException, Optional<Pause>> pause) {
    return new Retry<>(what, attempts, within, afterResult, pause, leastAttempt, sleeper, nanoTime);
  }

  /** No attempt is begun with less than {@code least} left before the deadline. */
  public Retry<T> withLeastAttempt(Duration least) {
    return new Retry<>(what, attempts, within, afterResult, afterFailure, least, sleeper, nanoTime);
  }

  /** Waits through {@code sleeper} instead of {@link Sleeper#REAL}. */
  public Retry<T> withSleeper(Sleeper sleeper) {
    return new Retry<>(
        what, attempts, within, afterResult, afterFailure, leastAttempt, sleeper, nanoTime);
  }

  /** Reads the time from {@code nanoTime} instead of {@link System#nanoTime()} (for tests). */
  Retry<T> withNanoTime(LongSupplier nanoTime) {
    return new Retry<>(
        what, attempts, within, afterResult, afterFailure, leastAttempt, sleeper, nanoTime);
  }

  /**
   * Runs {@code attempt} until an outcome stands.
   *
   * @return the first result no pause is given for, or the last one when attempts or time ran out
   * @throws RuntimeException the first failure no pause is given for, or the last one
   * @throws InterruptedException when interrupted during a pause
   */
  public T call(Supplier<T> attempt) throws InterruptedException {
    long deadline = nanoTime.getAsLong() + within.toNanos();
    for (int made = 1; ; made++) {
      T result = null;
      RuntimeException failure = null;
      try {
        result = attempt.get();
      } catch (RuntimeException e) {
        failure = e;
      }
      Optional<Pause> pause =
          failure == null ? afterResult.apply(result) : afterFailure.apply(failure);
      if (pause.isEmpty() || !timeFor(made, pause.get().duration(), deadline)) {
        if (failure != null) {
          throw failure;
        }
        return result;
      }
      LOG.info(
          "{}: {}; retrying in {} ms (attempt {} of {})",
          what,
          pause.get().why(),
          pause.get().duration().toMillis(),
          made + 1,
          attempts);
      sleeper.sleep(pause.get().duration());
    }
  }

  /** Whether another attempt may follow attempt {@code made} after {@code wait}. */
  private boolean timeFor(int made, Duration wait, long deadline) {
    long left = deadline - nanoTime.getAsLong();
    return made < attempts && left - wait.toNanos() >= leastAttempt.toNanos();
  }
}
