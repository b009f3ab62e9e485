package dev.podcastqa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs a command in-process, the way {@code java -jar podcast-qa.jar} would, and records its exit
 * code and what it printed on stdout and stderr (logs go elsewhere: to the JVM's stderr).
 */
final class Cli {

  private Cli() {}

  /** What one command run printed and returned. */
  record Run(int exitCode, String out, String err) {

    List<String> errLines() {
      return err.isBlank() ? List.of() : err.strip().lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
