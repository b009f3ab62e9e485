package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.podcastqa.mcp.McpHttpChannel;
import dev.podcastqa.testing.LogCapture;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each MCP session keeps what its client sent on initialize for as long as it lives: 7,000
 * initialize messages of 60 KB took a 512 MB heap to OutOfMemoryError in half a minute. Both the
 * size of an initialize and the number of sessions held have a bound; and since a bound that turns
 * new clients away lets one flood lock everyone out, a new session past it takes the place of the
 * one least worth keeping. Each test runs its own server, driven by the MCP Java SDK's own client
 * beside a flood sent by hand.
 */
class McpSessionLimitTests {

  private static final String KEY = "mcp-key-77d1";
  private static final String SDK = "io.modelcontextprotocol";
  private static final String CLOSER = "dev.podcastqa.mcp.SessionCloser";
  private static final String REFUSALS = "dev.podcastqa.mcp.McpRefusals";

  @Test
  void floodOfSessionsThatMakeNoCallShutsNoClientOut() {
    try (TestServer server = TestServer.startWithAgents(KEY);
        LogCapture sdk = LogCapture.silencing(SDK);
        LogCapture closer = LogCapture.silencing(CLOSER);
        LogCapture refusals = LogCapture.silencing(REFUSALS)) {
      McpSyncClient regular = client(server);
      regular.initialize();
      assertThat(regular.listTools().tools()).hasSize(4);

      for (int i = 0; i < McpHttpChannel.MAX_SESSIONS + 50; i++) {
        HttpResponse<String> response = initialize(server, "flood");
        assertThat(response.statusCode()).as("flood session %d", i + 1).isEqualTo(200);
      }

      McpSyncClient newcomer = client(server);
      newcomer.initialize();
      assertThat(newcomer.listTools().tools()).hasSize(4);
      // the flood closed its own sessions to make room, never the one in use
      assertThat(regular.listTools().tools()).hasSize(4);
      assertThat(refusals.lines(Level.INFO)).isEmpty();
      assertThat(closer.lines(Level.INFO))
          .singleElement()
          .asString()
          .startsWith("WARN SessionCloser: MCP sessions full (1000): closed the one least worth")
          .contains("from 127.0.0.1")
          .endsWith(
              "(1 closed so since the last such line, logged at most once a minute;"
                  + " status 200)");
      regular.closeGracefully();
      newcomer.closeGracefully();
    }
  }

  @Test
  void whenEverySessionMakesCallsTheLeastRecentlyUsedIsClosedAndItsClientStartsAgain() {
    try (TestServer server = TestServer.startWithAgents(KEY);
        LogCapture sdk = LogCapture.silencing(SDK);
        LogCapture closer = LogCapture.silencing(CLOSER);
        LogCapture refusals = LogCapture.silencing(REFUSALS)) {
      McpSyncClient idle = client(server);
      idle.initialize();
      assertThat(idle.listTools().tools()).hasSize(4);

      for (int i = 0; i < McpHttpChannel.MAX_SESSIONS; i++) {
        HttpResponse<String> opened = initialize(server, "busy");
        assertThat(opened.statusCode()).as("busy session %d", i + 1).isEqualTo(200);
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<String> listed =
            post(server, session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertThat(listed.statusCode()).isEqualTo(200);
      }

      // Its session was closed to make room: told so by a 404, the client starts a new one.
      // (the SDK's client fails the call in flight: "MCP session with server terminated")
      assertThatThrownBy(() -> idle.listTools()).isInstanceOf(RuntimeException.class);
      assertThat(idle.listTools().tools()).hasSize(4);
      // the call that found its session gone, and the client's DELETE of it as it started anew
      assertThat(refusals.lines(Level.INFO))
          .satisfiesExactly(
              line -> assertThat(line).startsWith("INFO McpRefusals: 404 for POST /mcp from"),
              line -> assertThat(line).startsWith("INFO McpRefusals: 404 for DELETE /mcp from"));
      idle.closeGracefully();
    }
  }

  /**
   * The SDK logged each initialize with what the client sent, and an unsupported protocol version
   * once more: a minute's flood of initializes of 15 KB wrote 785 MB of log.
   */
  @Test
  void initializeWritesNoLogLineWhateverTheClientSends() {
    try (TestServer server = TestServer.startWithAgents(KEY);
        LogCapture everything = LogCapture.everything()) {
      HttpResponse<String> response =
          post(
              server,
              null,
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                  + "{\"protocolVersion\":\"v"
                  + "9".repeat(5_000)
                  + "\",\"capabilities\":{},"
                  + "\"clientInfo\":{\"name\":\""
                  + "n".repeat(10_000)
                  + "\",\"version\":\"1\"}}}");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void initializeOverSixteenKilobytesIsRefused() {
    try (TestServer server = TestServer.startWithAgents(KEY);
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response = initialize(server, "n".repeat(20_000));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("\"code\":-32600").contains("at most 16 KB");
      assertThat(response.headers().firstValue("Mcp-Session-Id")).isEmpty();
      assertThat(log.lines(Level.INFO)).hasSize(1);
    }
  }

  private static HttpResponse<String> initialize(TestServer server, String clientName) {
    return post(
        server,
        null,
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
            + "\"clientInfo\":{\"name\":\""
            + clientName
            + "\",\"version\":\"1\"}}}");
  }

  private static HttpResponse<String> post(TestServer server, String session, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url("/mcp")))
            .header("Authorization", "Bearer " + KEY)
            .header("Accept", "application/json, text/event-stream")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      request.header("Mcp-Session-Id", session);
    }
    return server.send(request.build());
  }

  private static McpSyncClient client(TestServer server) {
    return McpSdkClients.of(server, KEY, Duration.ofSeconds(30));
  }
}
