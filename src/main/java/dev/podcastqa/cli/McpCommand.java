package dev.podcastqa.cli;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.mcp.PodcastMcp;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mcp}: the MCP server on standard input and output, for desktop clients that start it as a
 * child process. It runs until the client closes its input.
 */
@Command(
    name = "mcp",
    description =
        "Serves the MCP tools and episode resources over standard input and output, "
            + "for desktop MCP clients; runs until the input closes.")
final class McpCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(McpCommand.class);

  @Mixin ConfigOptions options;

  @Override
  public Integer call() throws InterruptedException {
    // Standard output carries the protocol alone: whatever else prints goes to standard error.
    PrintStream protocol = System.out;
    System.setOut(System.err);
    Application app = new Application(options.load());
    CountDownLatch closed = new CountDownLatch(1);
    try (Pipeline pipeline = app.open()) {
      InputStream in = new EndSignallingStream(System.in, closed);
      McpSyncServer server = PodcastMcp.stdio(app.mcpServices(pipeline), in, protocol);
      LOG.info(
          "MCP server on stdio over {} episodes ({} passages)",
          pipeline.catalog().size(),
          pipeline.store().chunkCount());
      closed.await();
      server.closeGracefully();
    }
    return 0;
  }

  /** Standard input that says when it has ended, so the command knows the client has gone. */
  private static final class EndSignallingStream extends FilterInputStream {
    private final CountDownLatch ended;

    EndSignallingStream(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return signal(super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return signal(super.read(buffer, offset, length));
    }

    private int signal(int result) {
      if (result < 0) {
        ended.countDown();
      }
      return result;
    }
  }
}
