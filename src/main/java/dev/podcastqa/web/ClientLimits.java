package dev.podcastqa.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of the server one client may hold: how long it may take to send a request's headers and
 * then its body, and how many connections one address may keep open at once.
 *
 * @param requestRead the time allowed for the headers (from the connection's opening or the end of
 *     its previous response), and again for the body
 * @param connectionsPerAddress open connections allowed per client address; 0 for no limit
 */
public record ClientLimits(Duration requestRead, int connectionsPerAddress) {

  /** The defaults of the settings: 10 s to send a request, 50 connections per address. */
  public static final ClientLimits DEFAULT = new ClientLimits(Duration.ofSeconds(10), 50);

  public ClientLimits {
    Objects.requireNonNull(requestRead, "requestRead");
    if (requestRead.isNegative() || requestRead.isZero()) {
      throw new IllegalArgumentException("requestRead must be positive, not " + requestRead);
    }
    if (connectionsPerAddress < 0) {
      throw new IllegalArgumentException(
          "connectionsPerAddress must be 0 or more, not " + connectionsPerAddress);
    }
  }
}
