package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A command over an Elasticsearch store that cannot be reached prints one line, no trace. */
class StoreFailureTests {

  @Test
  void askPrintsOneLineNamingTheUnreachableServer(@TempDir Path dir) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path config = dir.resolve("podcastqa.properties");
    Files.writeString(config, "store=elasticsearch\nes.url=http://127.0.0.1:" + port + "\n");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));

    int exit = cli.execute("ask", "--config", config.toString(), "What is grokking?");

    assertThat(exit).isEqualTo(Failures.FAILED);
    assertThat(err.toString())
        .isEqualTo(
            "error: Elasticsearch at http://127.0.0.1:"
                + port
                + " is not reachable (connection refused)"
                + System.lineSeparator());
  }
}
