package dev.podcastqa.retry;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead of waiting. */
@FunctionalInterface
public interface Sleeper {

  /** Really sleeps. */
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
