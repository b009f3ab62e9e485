package dev.podcastqa.cli;

import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.follow.InvalidFeedUrlException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place failures become exit codes and messages: bad settings and bad questions are the
 * user's to fix (exit 2, one line); anything else is ours (exit 1, one line, details logged).
 */
final class Failures implements IExecutionExceptionHandler {

  static final int USAGE = 2;
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof ConfigException
        || e instanceof InvalidQuestionException
        || e instanceof InvalidFeedUrlException) {
      cmd.getErr().println("error: " + e.getMessage());
      cmd.getErr().flush();
      return USAGE;
    }
    org.slf4j.LoggerFactory.getLogger(Failures.class).debug("command failed", e);
    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    cmd.getErr().flush();
    return FAILED;
  }
}
