package dev.podcastqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up memory: for each conversation id, its last turns. It is bounded three ways: a
 * conversation keeps at most {@code turns} turns, is forgotten after {@code ttl} without a
 * question, and at most {@code max} conversations are kept (Caffeine picks which go, by how
 * recently and how often each was used; the newest is kept). It lives in this process only.
 * Thread-safe.
 */
public final class Conversations {

  private final int turns;
  private final Cache<String, List<Turn>> byId;

  public Conversations(int turns, Duration ttl, int max, Clock clock) {
    if (turns < 1 || max < 1 || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(
          "conversation bounds must be positive: " + turns + " turns, " + ttl + ", " + max);
    }
    this.turns = turns;
    this.byId =
        Caffeine.newBuilder()
            .expireAfterAccess(ttl)
            .maximumSize(max)
            .ticker(() -> nanos(clock.instant()))
            // Evicting on the calling thread keeps the bounds exact when size() is read.
            .executor(Runnable::run)
            .build();
  }

  /** The turns of {@code id}, oldest first; empty for an unknown or expired conversation. */
  public List<Turn> history(String id) {
    List<Turn> held = byId.getIfPresent(id);
    return held == null ? List.of() : held;
  }

  /** Adds {@code turn} to {@code id}, dropping its oldest turn past the bound. */
  public void remember(String id, Turn turn) {
    byId.asMap().merge(id, List.of(turn), (held, added) -> lastTurns(held, added.get(0)));
  }

  /** Conversations held now, expired and evicted ones excluded. */
  public int size() {
    byId.cleanUp();
    return Math.toIntExact(byId.estimatedSize());
  }

  private List<Turn> lastTurns(List<Turn> held, Turn turn) {
    List<Turn> all = new ArrayList<>(held);
    all.add(turn);
    return List.copyOf(all.subList(Math.max(0, all.size() - turns), all.size()));
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
