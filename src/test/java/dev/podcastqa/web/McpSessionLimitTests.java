package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.mcp.McpHttpChannel;
import dev.podcastqa.testing.LogCapture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each MCP session keeps what its client sent on initialize for as long as it lives: 7,000
 * initialize messages of 60 KB took a 512 MB heap to OutOfMemoryError in half a minute. Both the
 * size of an initialize and the number of sessions held have a bound now.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpSessionLimitTests {

  private static final String KEY = "mcp-key-77d1";

  private final TestServer server = TestServer.startWithAgents(KEY);

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void sessionsPastTheLimitAreRefusedUntilOneEnds() {
    try (LogCapture sdk = LogCapture.silencing("io.modelcontextprotocol.server.McpAsyncServer");
        LogCapture log = LogCapture.silencing("dev.podcastqa.mcp.McpRefusals")) {
      List<String> opened = new ArrayList<>();
      while (opened.size() < McpHttpChannel.MAX_SESSIONS) {
        HttpResponse<String> response = initialize("test");
        assertThat(response.statusCode()).as("session %d", opened.size() + 1).isEqualTo(200);
        opened.add(response.headers().firstValue("Mcp-Session-Id").orElseThrow());
      }

      HttpResponse<String> refused = initialize("one too many");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body()).contains("\"code\":-32603").contains("as many MCP sessions");
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .contains("503 for POST /mcp from 127.0.0.1");

      HttpResponse<String> ended =
          server.send(request().header("Mcp-Session-Id", opened.get(0)).DELETE().build());
      assertThat(ended.statusCode()).isEqualTo(200);
      assertThat(initialize("after one ended").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void initializeOverSixteenKilobytesIsRefused() {
    try (LogCapture log = LogCapture.silencing("dev.podcastqa.mcp.McpRefusals")) {
      HttpResponse<String> response = initialize("n".repeat(20_000));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("\"code\":-32600").contains("at most 16 KB");
      assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
      assertThat(log.lines(Level.INFO)).hasSize(1);
    }
  }

  private HttpResponse<String> initialize(String clientName) {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\""
            + clientName
            + "\",\"version\":\"1\"}}}";
    return server.send(
        request()
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request() {
    return HttpRequest.newBuilder(URI.create(server.url("/mcp")))
        .header("Authorization", "Bearer " + KEY)
        .header("Accept", "application/json, text/event-stream");
  }
}
