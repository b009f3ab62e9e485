package dev.podcastqa.mcp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MCP sessions the SDK's transport may be holding, counted so that clients cannot make it hold
 * more than {@code max}: each session keeps what its client sent on initialize, and nothing else
 * bounds how many a client opens. A session is counted from its initialize until it is deleted or
 * has been idle for {@code forgetAfter}, by which time the transport's sweep has closed it;
 * counting one the sweep closed a little earlier errs on the safe side.
 */
final class SessionCount {

  private final int max;
  private final Duration forgetAfter;
  private final Clock clock;
  private final ConcurrentHashMap<String, Instant> lastUse = new ConcurrentHashMap<>();

  SessionCount(int max, Duration forgetAfter, Clock clock) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one session, not " + max);
    }
    this.max = max;
    this.forgetAfter = forgetAfter;
    this.clock = clock;
  }

  int max() {
    return max;
  }

  /** Whether one more session may be opened now. */
  boolean admitsAnother() {
    if (lastUse.size() < max) {
      return true;
    }
    Instant horizon = clock.instant().minus(forgetAfter);
    lastUse.values().removeIf(used -> used.isBefore(horizon));
    return lastUse.size() < max;
  }

  void opened(String id) {
    lastUse.put(id, clock.instant());
  }

  /** A request in session {@code id}; one not counted (unknown, or forgotten) stays so. */
  void used(String id) {
    lastUse.computeIfPresent(id, (key, was) -> clock.instant());
  }

  void closed(String id) {
    lastUse.remove(id);
  }
}
