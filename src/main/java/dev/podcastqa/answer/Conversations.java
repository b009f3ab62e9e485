package dev.podcastqa.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up memory: for each conversation id, its last turns. It is bounded three ways: a
 * conversation keeps at most {@code turns} turns, is forgotten after {@code ttl} without a
 * question, and at most {@code max} conversations are kept, the least recently used going first. It
 * lives in this process only. Thread-safe.
 */
public final class Conversations {

  private final int turns;
  private final Duration ttl;
  private final int max;
  private final Clock clock;

  /** Access-ordered, so the first entry is always the least recently used. */
  private final LinkedHashMap<String, Memory> byId = new LinkedHashMap<>(16, 0.75f, true);

  public Conversations(int turns, Duration ttl, int max, Clock clock) {
    if (turns < 1 || max < 1 || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException(
          "conversation bounds must be positive: " + turns + " turns, " + ttl + ", " + max);
    }
    this.turns = turns;
    this.ttl = ttl;
    this.max = max;
    this.clock = clock;
  }

  /** The turns of {@code id}, oldest first; empty for an unknown or expired conversation. */
  public synchronized List<Turn> history(String id) {
    Instant now = clock.instant();
    forgetExpired(now);
    Memory memory = byId.get(id);
    if (memory == null) {
      return List.of();
    }
    memory.lastUsed = now;
    return List.copyOf(memory.turns);
  }

  /** Adds {@code turn} to {@code id}, dropping its oldest turn or the least used conversation. */
  public synchronized void remember(String id, Turn turn) {
    Instant now = clock.instant();
    forgetExpired(now);
    Memory memory = byId.computeIfAbsent(id, key -> new Memory());
    memory.lastUsed = now;
    memory.turns.addLast(turn);
    while (memory.turns.size() > turns) {
      memory.turns.removeFirst();
    }
    Iterator<Map.Entry<String, Memory>> eldest = byId.entrySet().iterator();
    while (byId.size() > max) {
      eldest.next();
      eldest.remove();
    }
  }

  /** Conversations held now, expired ones excluded. */
  public synchronized int size() {
    forgetExpired(clock.instant());
    return byId.size();
  }

  /**
   * Drops conversations idle for longer than the time-to-live. The map is in order of use, so the
   * walk stops at the first one still alive.
   */
  private void forgetExpired(Instant now) {
    Iterator<Memory> it = byId.values().iterator();
    while (it.hasNext()) {
      if (!it.next().lastUsed.plus(ttl).isBefore(now)) {
        return;
      }
      it.remove();
    }
  }

  /** One conversation's turns and when it was last used. */
  private static final class Memory {
    final Deque<Turn> turns = new ArrayDeque<>();
    Instant lastUsed;
  }
}
