package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Setup mistakes a newcomer makes are named before anything loads: a misspelt key or a bad value in
 * the properties file (with its file, line and the key meant or written), and a port another
 * process holds.
 */
class SettingsFileTests {

  @TempDir Path folder;

  @Test
  void aMisspeltKeyStopsWithTheFileLineAndTheKeyMeant() throws IOException {
    Path file = write("# the port\nllm = none\nprot = 7456\n");

    Cli.Run run = feedsList(file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("error: " + file + ":3: unknown setting \"prot\"; did you mean \"port\"?");
  }

  @Test
  void anEnvironmentVariableNameInTheFileSaysHowTheFileWritesIt() throws IOException {
    Path file = write("PODCASTQA_LLM_MODEL=llama3.1\n");

    Cli.Run run = feedsList(file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "error: "
                + file
                + ":1: unknown setting \"PODCASTQA_LLM_MODEL\"; in this file it is written"
                + " \"llm.model\"");
  }

  @Test
  void aBadValueInTheFileIsNamedByTheFileLineAndKeyWritten() throws IOException {
    Path file = write("# the port\nllm = none\nport = abc\n");

    Cli.Run run = feedsList(file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("error: " + file + ":3: port=abc: not a whole number");
  }

  @Test
  void knownKeysCommentsAndContinuedLinesAreRead() throws IOException {
    Path file =
        write(
            "! a comment\n\nllm.model: llama3.1\nfeeds = https://a.example/rss,\\\n"
                + "  https://b.example/rss\nmax.file.mb 20\n");

    Cli.Run run = feedsList(file);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly("https://a.example/rss", "https://b.example/rss");
  }

  @Test
  void aPortInUseIsNamedAtOnceWithTheWayOut() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress("0.0.0.0", 0));
      int port = busy.getLocalPort();

      Cli.Run run =
          Cli.run(
              "serve",
              "--port",
              String.valueOf(port),
              "--config",
              write("llm = none\n").toString(),
              "--episodes",
              folder.resolve("episodes").toString(),
              "--index",
              folder.resolve("index").toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.errLines())
          .containsExactly(
              "error: port "
                  + port
                  + " is already in use (is podcast-qa serve running?); choose another with"
                  + " --port N or PORT");
      // Said before the index is opened, which can take minutes.
      assertThat(folder.resolve("index")).doesNotExist();
    }
  }

  private Path write(String text) throws IOException {
    return Files.writeString(folder.resolve("podcastqa.properties"), text);
  }

  private Cli.Run feedsList(Path file) {
    return Cli.run(
        "feeds", "list", "--config", file.toString(), "--episodes", folder.resolve("e").toString());
  }
}
