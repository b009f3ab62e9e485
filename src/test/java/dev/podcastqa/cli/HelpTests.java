package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTests {

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "serve", "ask", "eval", "bench", "discord", "mcp"})
  void everySubcommandAnswersHelpWithItsUsage(String command) {
    Cli.Run run = Cli.run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: podcast-qa " + command);
    assertThat(run.err()).isEmpty();
  }
}
