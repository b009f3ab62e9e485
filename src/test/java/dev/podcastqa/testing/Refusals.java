package dev.podcastqa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.List;

/**
 * The one log line a client's mistake makes (dev.podcastqa.web.ErrorMapper, at INFO), for tests
 * that provoke such mistakes and capture that line with {@link LogCapture#silencing(String)}.
 */
public final class Refusals {

  /** The logger that writes the refusal lines; its class is package-private to the web package. */
  public static final String LOGGER = "dev.podcastqa.web.ErrorMapper";

  private Refusals() {}

  /** Captures the refusal lines and keeps them off the console until closed. */
  public static LogCapture capture() {
    return LogCapture.silencing(LOGGER);
  }

  /**
   * How the refusal of {@code request} (e.g. "POST /api/feedback") with {@code status} and {@code
   * code} starts, as {@link LogCapture#lines} formats it; the detail follows.
   */
  public static String line(int status, String request, String code) {
    return "INFO ErrorMapper: " + status + " for " + request + " from 127.0.0.1: " + code + ": ";
  }

  /**
   * Asserts that {@code log} holds exactly one line per expected refusal, in order, each starting
   * as {@code expected} says, each one line, none with a stack trace.
   */
  public static void assertLogged(LogCapture log, String... expected) {
    List<String> lines = log.lines(Level.INFO);
    assertThat(lines).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(lines.get(i)).startsWith(expected[i]).doesNotContain("\n");
    }
    assertThat(log.withStackTraces()).isEmpty();
  }
}
