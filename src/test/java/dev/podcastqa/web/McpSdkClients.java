package dev.podcastqa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.time.Duration;

/** The official MCP SDK's client over a test server's {@code /mcp}, sending an API key. */
final class McpSdkClients {

  private McpSdkClients() {}

  static McpSyncClient of(TestServer server, String key, Duration requestTimeout) {
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(server.url(""))
            .endpoint("/mcp")
            .jsonMapper(new JacksonMcpJsonMapper(new ObjectMapper()))
            .addHttpRequestCustomizer(
                (request, method, uri, body, context) ->
                    request.header("Authorization", "Bearer " + key))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    return McpClient.sync(transport)
        .requestTimeout(requestTimeout)
        .initializationTimeout(Duration.ofSeconds(30))
        .build();
  }
}
