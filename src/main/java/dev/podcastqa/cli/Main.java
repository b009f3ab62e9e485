package dev.podcastqa.cli;

import dev.podcastqa.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code podcast-qa.jar}: dispatches to the subcommands. */
@Command(
    name = "podcast-qa",
    mixinStandardHelpOptions = true,
    // Every subcommand answers --help (and --version) too.
    scope = CommandLine.ScopeType.INHERIT,
    version = "podcast-qa 0.1.0",
    description = "Answers questions about podcast episodes, citing the episode and the second.",
    subcommands = {
      IngestCommand.class,
      ServeCommand.class,
      AskCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      DiscordCommand.class,
      GateCommand.class,
      ReportCommand.class,
      McpCommand.class,
      FeedsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new Failures())
        .setParameterExceptionHandler(new BadArguments());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
