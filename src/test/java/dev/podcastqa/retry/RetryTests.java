package dev.podcastqa.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The retry helper on a clock that only its sleeper moves: what is retried, how often, after which
 * pause, and when it gives up.
 */
class RetryTests {

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final AtomicLong now = new AtomicLong();
  private final List<Duration> slept = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  /** Each call answers the next of {@code outcomes}: a number, or a failure to throw. */
  private int next(Object... outcomes) {
    Object outcome = outcomes[Math.min(calls.getAndIncrement(), outcomes.length - 1)];
    if (outcome instanceof RuntimeException failure) {
      throw failure;
    }
    return (Integer) outcome;
  }

  private Retry<Integer> retry(int attempts, Duration within) {
    return Retry.<Integer>of("test call", attempts, within)
        .onResult(n -> n < 0 ? Optional.of(new Retry.Pause(SECOND, "negative")) : Optional.empty())
        .onFailure(
            e ->
                e instanceof IllegalStateException
                    ? Optional.of(new Retry.Pause(SECOND, "busy"))
                    : Optional.empty())
        .withSleeper(
            wait -> {
              slept.add(wait);
              now.addAndGet(wait.toNanos());
            })
        .withNanoTime(now::get);
  }

  @Test
  void resultThatAsksForAPauseIsTriedAgainAfterIt() throws InterruptedException {
    int result = retry(5, Duration.ofMinutes(1)).call(() -> next(-1, -1, 7));

    assertThat(result).isEqualTo(7);
    assertThat(calls).hasValue(3);
    assertThat(slept).containsExactly(SECOND, SECOND);
  }

  @Test
  void retryableFailureIsTriedAgainUntilTheCallSucceeds() throws InterruptedException {
    int result =
        retry(5, Duration.ofMinutes(1)).call(() -> next(new IllegalStateException("busy"), 3));

    assertThat(result).isEqualTo(3);
    assertThat(calls).hasValue(2);
  }

  @Test
  void failureNoPauseIsGivenForIsThrownAtOnce() {
    IllegalArgumentException bad = new IllegalArgumentException("bad request");

    assertThatThrownBy(() -> retry(5, Duration.ofMinutes(1)).call(() -> next(bad, 3)))
        .isSameAs(bad);
    assertThat(calls).hasValue(1);
    assertThat(slept).isEmpty();
  }

  @Test
  void afterTheLastAttemptTheLastResultStands() throws InterruptedException {
    int result = retry(3, Duration.ofMinutes(1)).call(() -> next(-1, -2, -3, 4));

    assertThat(result).isEqualTo(-3);
    assertThat(calls).hasValue(3);
    assertThat(slept).hasSize(2);
  }

  @Test
  void afterTheLastAttemptTheLastFailureIsThrown() {
    assertThatThrownBy(
            () ->
                retry(2, Duration.ofMinutes(1)).call(() -> next(new IllegalStateException("busy"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void givesUpWhenThePauseWouldRunPastTheDeadline() throws InterruptedException {
    int result = retry(100, Duration.ofMillis(2500)).call(() -> next(-1));

    assertThat(result).isEqualTo(-1);
    assertThat(calls).as("attempts at 0 s, 1 s and 2 s; a fourth at 3 s is past 2.5 s").hasValue(3);
    assertThat(slept).hasSize(2);
  }

  @Test
  void attemptIsNotBegunWithLessThanItsLeastTimeLeft() throws InterruptedException {
    int result =
        retry(100, Duration.ofMillis(2500))
            .withLeastAttempt(Duration.ofMillis(600))
            .call(() -> next(-1));

    assertThat(result).isEqualTo(-1);
    assertThat(calls).as("a third attempt at 2 s would have only 0.5 s").hasValue(2);
  }

  @Test
  void pauseThatThrowsStopsAtOnceWithItsFailure() {
    Retry<Integer> retry =
        retry(5, Duration.ofMinutes(1))
            .onResult(
                n -> {
                  throw new IllegalStateException("asked to wait an hour");
                });

    assertThatThrownBy(() -> retry.call(() -> next(-1))).hasMessage("asked to wait an hour");
    assertThat(calls).hasValue(1);
  }

  @Test
  void interruptedPauseEndsTheRetries() {
    Retry<Integer> retry =
        retry(5, Duration.ofMinutes(1))
            .withSleeper(
                wait -> {
                  throw new InterruptedException();
                });

    assertThatThrownBy(() -> retry.call(() -> next(-1))).isInstanceOf(InterruptedException.class);
    assertThat(calls).hasValue(1);
  }

  @Test
  void noneIsRetriedUntilThePolicySaysWhich() throws InterruptedException {
    int result = Retry.<Integer>of("test call", 5, Duration.ofMinutes(1)).call(() -> next(-1, 2));

    assertThat(result).isEqualTo(-1);
    assertThat(calls).hasValue(1);
  }
}
