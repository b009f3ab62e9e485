package dev.podcastqa.mcp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP sessions the SDK's transport may be holding, kept so that clients cannot make it hold
 * more than {@code max} (each keeps what its client sent on initialize) and so that a flood of
 * sessions cannot shut a new client out: when every place is taken, a new session takes the place
 * of the one least worth keeping, which is closed. Its client is told so by a 404 on its next
 * request and, as the protocol asks, starts a new session.
 *
 * <p>Least worth keeping, in this order: a session idle longer than the transport keeps idle ones
 * (it has probably closed it already), oldest first; then one that made no call since its handshake
 * (initialize, the initialized notification, pings), as a flood's sessions never do, the longest
 * unused first; then the one used least recently. A session leaves the roster when it is deleted,
 * closed to make room, or found unknown to the transport, never by time alone: a client may hold a
 * stream open for hours without a request, and the roster must count every session the transport
 * holds.
 */
final class SessionRoster {

  /** What an initialize may do: open a session, after closing {@code closing} if present. */
  record Admission(boolean admitted, Optional<String> closing) {}

  private record Entry(Instant lastUse, boolean called) {}

  private final int max;
  private final Duration idleHorizon;
  private final Clock clock;
  private final Map<String, Entry> sessions = new HashMap<>();
  private int opening;

  /**
   * @param idleHorizon how long the transport keeps a session that sees no request
   */
  SessionRoster(int max, Duration idleHorizon, Clock clock) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one session, not " + max);
    }
    this.max = max;
    this.idleHorizon = idleHorizon;
    this.clock = clock;
  }

  int max() {
    return max;
  }

  /**
   * Takes a place for one more session, giving up the place of the session least worth keeping when
   * none is free; not admitted only while every place is held by an initialize still being
   * answered. Each admission is followed by {@link #opened} or {@link #abandoned}.
   */
  synchronized Admission admit() {
    Optional<String> closing = Optional.empty();
    if (sessions.size() + opening >= max) {
      if (sessions.isEmpty()) {
        return new Admission(false, Optional.empty());
      }
      String least = leastWorthKeeping();
      sessions.remove(least);
      closing = Optional.of(least);
    }
    opening++;
    return new Admission(true, closing);
  }

  /** The admitted initialize opened session {@code id}. */
  synchronized void opened(String id) {
    opening = Math.max(0, opening - 1);
    sessions.put(id, new Entry(clock.instant(), false));
  }

  /** The admitted initialize opened no session. */
  synchronized void abandoned() {
    opening = Math.max(0, opening - 1);
  }

  /**
   * A request in session {@code id}; {@code call} when it asked for more than the handshake. A
   * session not on the roster (unknown, or closed to make room) stays off it.
   *
   * @return whether the session is on the roster
   */
  synchronized boolean used(String id, boolean call) {
    return sessions.computeIfPresent(
            id, (key, was) -> new Entry(clock.instant(), was.called() || call))
        != null;
  }

  /** Session {@code id} was deleted, or the transport does not know it. */
  synchronized void closed(String id) {
    sessions.remove(id);
  }

  synchronized int size() {
    return sessions.size();
  }

  private String leastWorthKeeping() {
    Instant horizon = clock.instant().minus(idleHorizon);
    Comparator<Map.Entry<String, Entry>> worth =
        Comparator.<Map.Entry<String, Entry>, Boolean>comparing(
                e -> !e.getValue().lastUse().isBefore(horizon))
            .thenComparing(e -> e.getValue().called())
            .thenComparing(e -> e.getValue().lastUse());
    return sessions.entrySet().stream().min(worth).orElseThrow().getKey();
  }
}
