package dev.podcastqa.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands whose output is the point ({@code ask}, {@code eval}) log only warnings unless asked for
 * more, so progress lines do not bury the answer.
 */
final class Verbosity {

  private Verbosity() {}

  static void quietUnless(boolean verbose) {
    if (!verbose && System.getenv("PODCASTQA_LOG_LEVEL") == null) {
      ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
  }
}
