package dev.podcastqa.web;

import dev.podcastqa.config.Config;
import java.time.Duration;
import java.util.Objects;

/**
 * How much of the server one client may hold: how long it may take to send a request's headers and
 * then its body, how many connections one address may keep open at once, and how many answers it
 * may have in progress at once; and how many answers all clients together may have in progress.
 *
 * @param requestRead the time allowed for the headers (from the connection's opening or the end of
 *     its previous response), and again for the body
 * @param connectionsPerAddress open connections allowed per client address; 0 for no limit
 * @param answersPerAddress answers in progress allowed per client address; 0 for no limit
 * @param answers answers in progress allowed from all addresses together; 0 for no limit
 */
public record ClientLimits(
    Duration requestRead, int connectionsPerAddress, int answersPerAddress, int answers) {

  /**
   * The defaults of the settings: 10 s to send a request, 50 connections and 16 answers in progress
   * per address, 64 answers in progress in all.
   */
  public static final ClientLimits DEFAULT = new ClientLimits(Duration.ofSeconds(10), 50, 16, 64);

  /** The limits the HTTP settings give. */
  public static ClientLimits of(Config.Http http) {
    return new ClientLimits(
        http.requestRead(), http.connectionsPerAddress(), http.answersPerAddress(), http.answers());
  }

  public ClientLimits {
    Objects.requireNonNull(requestRead, "requestRead");
    if (requestRead.isNegative() || requestRead.isZero()) {
      throw new IllegalArgumentException("requestRead must be positive, not " + requestRead);
    }
    if (connectionsPerAddress < 0) {
      throw new IllegalArgumentException(
          "connectionsPerAddress must be 0 or more, not " + connectionsPerAddress);
    }
    if (answersPerAddress < 0) {
      throw new IllegalArgumentException(
          "answersPerAddress must be 0 or more, not " + answersPerAddress);
    }
    if (answers < 0) {
      throw new IllegalArgumentException("answers must be 0 or more, not " + answers);
    }
  }
}
