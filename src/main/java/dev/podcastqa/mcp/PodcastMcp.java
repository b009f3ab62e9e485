package dev.podcastqa.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the podcast-qa MCP server over a transport: the tools of {@link ToolSpecs} and the episode
 * resources of {@link EpisodeResources}, the same on Streamable HTTP and on stdio.
 */
public final class PodcastMcp {

  static final String NAME = "podcast-qa";
  static final String VERSION = "0.1.0";

  /**
   * How long the server waits on a client's reply to its own requests; the tools themselves are
   * bounded by the services (the model's timeout, the store's).
   */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private PodcastMcp() {}

  /** The server on {@code transport} (Streamable HTTP), started. */
  public static McpSyncServer serve(
      McpServices services, McpStreamableServerTransportProvider transport) {
    return configure(McpServer.sync(transport), services).build();
  }

  /**
   * The server reading JSON-RPC messages from {@code in} and writing them to {@code out}, one per
   * line (the stdio transport: a desktop client's pipes to this process), started. A line it cannot
   * take is answered with a JSON-RPC error and the next one read ({@link StdioLines}).
   */
  public static McpSyncServer stdio(McpServices services, InputStream in, OutputStream out) {
    StdioOutput output = new StdioOutput(out);
    Set<String> tools =
        new ToolSpecs(services)
            .all().stream().map(tool -> tool.tool().name()).collect(Collectors.toSet());
    InputStream checked = new StdioLines(in, output, new ServedMethods(tools), services.mapper());
    StdioServerTransportProvider transport =
        new StdioServerTransportProvider(jsonMapper(), checked, output);
    return configure(McpServer.sync(transport), services).build();
  }

  /** The SDK's JSON mapper: a plain Jackson mapper, as the SDK's schema types expect. */
  static McpJsonMapper jsonMapper() {
    return new JacksonMcpJsonMapper(new ObjectMapper());
  }

  private static <S extends McpServer.SyncSpecification<S>>
      McpServer.SyncSpecification<S> configure(
          McpServer.SyncSpecification<S> spec, McpServices services) {
    EpisodeResources episodes = new EpisodeResources(services);
    return spec.serverInfo(NAME, VERSION)
        .jsonMapper(jsonMapper())
        .capabilities(
            McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
        .requestTimeout(REQUEST_TIMEOUT)
        // ToolArguments checks each call and answers a bad one with a JSON-RPC error naming it.
        .validateToolInputs(false)
        .tools(new ToolSpecs(services).all())
        .resources(episodes.listed())
        .resourceTemplates(episodes.template());
  }
}
