package dev.podcastqa.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Command lines that do not parse: one line naming the option and what is wrong with its value,
 * then where the help is (exit 2), instead of picocli's converter internals and the whole usage.
 */
final class BadArguments implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + message(e));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return Failures.USAGE;
  }

  private static String message(ParameterException e) {
    if (e.getCause() instanceof TypeConversionException bad
        && e.getArgSpec() instanceof OptionSpec option) {
      return option.longestName() + ": " + bad.getMessage();
    }
    return e.getMessage();
  }
}
