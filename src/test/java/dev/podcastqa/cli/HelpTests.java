package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  @Test
  void topLevelHelpShowsEveryCommandsLineWhole() {
    Cli.Run run = Cli.run("--help");

    List<String> entries = commandEntries(run.out());
    assertThat(entries).hasSizeGreaterThanOrEqualTo(8);
    // picocli lists the first line of each description: it must be a whole sentence.
    assertThat(entries).allSatisfy(entry -> assertThat(entry).endsWith("."));
  }

  @Test
  void discordRegisterHelpListsOnlyTheOptionsItUses() {
    Cli.Run run = Cli.run("discord", "register", "--help");

    assertThat(run.out()).contains("--guild").contains("--config");
    assertThat(run.out()).doesNotContain("--episodes").doesNotContain("--index");
  }

  /** The "Commands:" section's entries, each with its wrapped lines joined. */
  private static List<String> commandEntries(String help) {
    List<String> entries = new ArrayList<>();
    boolean inCommands = false;
    for (String line : help.lines().toList()) {
      if (line.startsWith("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("  \\S.*")) {
        entries.add(line.strip());
      } else if (inCommands && line.matches("\\s{3,}\\S.*") && !entries.isEmpty()) {
        int last = entries.size() - 1;
        entries.set(last, entries.get(last) + " " + line.strip());
      }
    }
    return entries;
  }
}
