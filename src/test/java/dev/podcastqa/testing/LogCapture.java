package dev.podcastqa.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records what one class (or, with {@link #everything()}, every class) logs while a test runs; with
 * {@link #silencing} it also keeps those lines off the console, for tests that provoke an error on
 * purpose and assert its log line instead of printing its stack trace.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final boolean wasAdditive;
  private final Level wasLevel;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public LogCapture(Class<?> type) {
    this((Logger) LoggerFactory.getLogger(type), false);
  }

  private LogCapture(Logger logger, boolean silence) {
    this.logger = logger;
    this.wasAdditive = logger.isAdditive();
    this.wasLevel = logger.getLevel();
    // A command run earlier in the same JVM may have left the root logger at WARN: the INFO lines
    // a test asserts are let through for the one logger captured, whatever the root's level.
    if (!logger.getName().equals(org.slf4j.Logger.ROOT_LOGGER_NAME)
        && !logger.isEnabledFor(Level.INFO)) {
      logger.setLevel(Level.INFO);
    }
    appender.start();
    logger.addAppender(appender);
    if (silence) {
      logger.setAdditive(false);
    }
  }

  /** Records what {@code type} logs and keeps it off the console until closed. */
  public static LogCapture silencing(Class<?> type) {
    return silencing(type.getName());
  }

  /**
   * Records what the logger named {@code name} logs and keeps it off the console until closed, for
   * a class another package cannot name.
   */
  public static LogCapture silencing(String name) {
    return new LogCapture((Logger) LoggerFactory.getLogger(name), true);
  }

  /** Records what every logger logs, for tests that assert nothing else was logged. */
  public static LogCapture everything() {
    return new LogCapture(
        (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), false);
  }

  /** The messages logged at WARN, formatted. */
  public List<String> warnings() {
    return messages(Level.WARN);
  }

  /** The messages logged at {@code level} and above, formatted, as "LEVEL Logger: message". */
  public List<String> lines(Level level) {
    return events().stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(level))
        .map(
            e -> e.getLevel() + " " + shortName(e.getLoggerName()) + ": " + e.getFormattedMessage())
        .toList();
  }

  /** The messages logged with a stack trace, formatted. */
  public List<String> withStackTraces() {
    return events().stream()
        .filter(e -> e.getThrowableProxy() != null)
        .map(e -> e.getFormattedMessage() + " (" + e.getThrowableProxy().getClassName() + ")")
        .toList();
  }

  /**
   * The messages logged at ERROR, each with its whole stack trace when it has one: to show why a
   * server failed in a test's failure message, where the console of a long run is not kept.
   */
  public List<String> errors() {
    return events().stream()
        .filter(e -> e.getLevel() == Level.ERROR)
        .map(
            e ->
                e.getFormattedMessage()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  private List<String> messages(Level level) {
    return events().stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private List<ILoggingEvent> events() {
    synchronized (appender) { // AppenderBase.doAppend holds this lock
      return List.copyOf(appender.list);
    }
  }

  private static String shortName(String logger) {
    return logger.substring(logger.lastIndexOf('.') + 1);
  }

  @Override
  public void close() {
    logger.setLevel(wasLevel);
    logger.setAdditive(wasAdditive);
    logger.detachAppender(appender);
  }
}
