package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a client gets wrong at {@code /mcp}, sent by hand over HTTP on loopback: each is answered
 * with a JSON-RPC error body (never the SDK's exception serialized with its stack trace, never an
 * empty body) and one log line, as on the other routes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpRefusalTests {

  private static final String KEY = "mcp-key-5e0a";
  private static final String REFUSALS = "dev.podcastqa.mcp.McpRefusals";
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
          + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

  private final TestServer server = TestServer.startWithAgents(KEY);
  private final ObjectMapper mapper = Json.newMapper();
  private final String session = initialize();

  @AfterAll
  void stop() {
    server.close();
  }

  static Stream<Arguments> badMessages() {
    return Stream.of(
        Arguments.of("{\"jsonrpc\":\"2.0\",", -32700, "not valid JSON", null),
        Arguments.of("", -32700, "empty", null),
        Arguments.of("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", -32600, "Batch", null),
        Arguments.of("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", -32600, "id", null),
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":1" + "0".repeat(400) + ",\"method\":\"ping\"}",
            -32600,
            "id",
            null),
        Arguments.of("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", -32600, "id", null),
        Arguments.of("{\"id\":7,\"method\":\"ping\"}", -32600, "jsonrpc", 7),
        // The SDK answered these with an empty 200 and the request was never answered.
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/call\",\"params\":[1]}",
            -32602,
            "params",
            "a"),
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"ask\",\"arguments\":[\"grokking\"]}}",
            -32602,
            "arguments",
            3),
        // The SDK answered the last of two methods (tools/list here), and with the last id.
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",\"method\":\"tools/list\"}",
            -32700,
            "The body names a field twice in one object (line 1, column 49); send each field once.",
            null),
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"id\":6,\"method\":\"ping\"}",
            -32700,
            "names a field twice",
            null),
        Arguments.of(
            "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":"
                + "{\"a\":".repeat(70)
                + "1"
                + "}".repeat(71),
            -32700,
            "The body nests objects and arrays more than 64 deep.",
            null));
  }

  @ParameterizedTest
  @MethodSource("badMessages")
  void badMessageIsAJsonRpcErrorAndOneLogLine(String body, int code, String says, Object id)
      throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response = post(body, session);

      assertThat(response.statusCode()).isEqualTo(400);
      JsonNode error = assertJsonRpcError(response, code, says);
      assertThat(
              error.get("id").isNull() ? null : mapper.treeToValue(error.get("id"), Object.class))
          .isEqualTo(id);
      assertThat(log.lines(Level.INFO)).singleElement().asString().contains("400 for POST /mcp");
      // nothing else: the SDK's transport logged its own ERROR line for most of them
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  /** The SDK's "Session not found: " quoted the whole id, up to the 8 KB a header may take. */
  @Test
  void unknownSessionIdIsNotQuotedWhole() throws IOException {
    String id = "s".repeat(6000);
    try (LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response =
          post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", id);

      assertThat(response.statusCode()).isEqualTo(404);
      JsonNode error = assertJsonRpcError(response, -32600, "Session not found: sss");
      assertThat(error.get("error").get("message").textValue()).hasSize(201).endsWith("…");
      assertThat(log.lines(Level.INFO)).singleElement().asString().hasSizeLessThan(400);
    }
  }

  /** The SDK answered whatever version was named; the protocol asks for a 400. */
  @Test
  void protocolVersionTheServerDoesNotSpeakIsA400NamingThoseItDoes() throws IOException {
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}";
    String says =
        "MCP-Protocol-Version 1999-01-01 is not supported; this server speaks 2025-03-26,"
            + " 2025-06-18, 2025-11-25.";
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response =
          server.send(
              request()
                  .header("Content-Type", "application/json")
                  .header("Mcp-Session-Id", session)
                  .header("MCP-Protocol-Version", "1999-01-01")
                  .POST(HttpRequest.BodyPublishers.ofString(ping))
                  .build());

      assertThat(response.statusCode()).isEqualTo(400);
      assertJsonRpcError(response, -32600, says);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpRefusals: 400 for POST /mcp from 127.0.0.1: invalid_request: " + says);
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
    HttpResponse<String> spoken =
        server.send(
            request()
                .header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofString(ping))
                .build());
    assertThat(spoken.statusCode()).as(spoken.body()).isEqualTo(200);
  }

  @Test
  void requestWithoutASessionIsAJsonRpcErrorNotTheSdksStackTrace() throws IOException {
    try (LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response =
          post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", null);

      assertThat(response.statusCode()).isEqualTo(400);
      assertJsonRpcError(response, -32600, "Session ID required");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpRefusals: 400 for POST /mcp from 127.0.0.1: invalid_request:"
                  + " Session ID required in mcp-session-id header");
    }
  }

  @Test
  void unknownSessionIsA404WithAJsonRpcError() throws IOException {
    try (LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> post =
          post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "no-such-session");
      HttpResponse<String> delete =
          server.send(request().header("Mcp-Session-Id", "no-such-session").DELETE().build());

      assertThat(post.statusCode()).isEqualTo(404);
      assertJsonRpcError(post, -32600, "Session not found");
      assertThat(delete.statusCode()).isEqualTo(404);
      assertJsonRpcError(delete, -32600, "initialize");
      assertThat(log.lines(Level.INFO)).hasSize(2);
    }
  }

  @Test
  void otherMethodsAreRefusedWithAllow() throws IOException {
    try (LogCapture log = LogCapture.silencing(REFUSALS)) {
      for (String method : new String[] {"PUT", "PATCH", "OPTIONS", "TRACE", "PROPFIND"}) {
        HttpResponse<String> response =
            server.send(request().method(method, HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).as(method).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
        // TRACE no longer echoes the request's headers, the API key among them
        assertJsonRpcError(response, -32600, "not " + method);
      }
      assertThat(log.lines(Level.INFO)).hasSize(5);
    }
  }

  @Test
  void responseToNoRequestOfTheServersIsOneLogLineNotTwo() throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response =
          post("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", session);

      assertThat(response.statusCode()).isEqualTo(400);
      assertJsonRpcError(response, -32600, "unknown id 99");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO McpRefusals: 400 for POST /mcp from 127.0.0.1: invalid_request:"
                  + " Error processing message: Unexpected response for unknown id 99");
      // the SDK's transport logged "ERROR ... Error handling message: ..." besides
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  /** The SDK logged a WARN line for each, with whatever params came with it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
            + "\"params\":{\"requestId\":\"zz\",\"reason\":\"timeout\"}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/made_up\",\"params\":{\"x\":1}}"
      })
  void notificationTheServerIgnoresIsTakenWithoutALogLine(String notification) {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response = post(notification, session);

      assertThat(response.statusCode()).isEqualTo(202);
      assertThat(log.lines(Level.INFO)).isEmpty();
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void notificationInAnUnknownSessionIsStillA404() {
    try (LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response =
          post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\"}", "gone");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(log.lines(Level.INFO)).singleElement().asString().contains("404 for POST /mcp");
    }
  }

  @Test
  void pingStillAnsweredAfterTheChecks() {
    HttpResponse<String> response =
        post("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}", session);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"id\":\"p\"").contains("\"result\":{}");
  }

  static Stream<Arguments> unservedRequests() {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":";
    return Stream.of(
        // The SDK logged "McpSchema - CallToolRequest: missing required field 'name'" (a WARN
        // line without the client), or, with no params at all, an ERROR line and an empty body.
        Arguments.of(call + "\"tools/call\",\"params\":{}}", -32602, "needs params.name"),
        Arguments.of(call + "\"tools/call\"}", -32602, "params.name, a string; it is missing"),
        Arguments.of(call + "\"tools/call\",\"params\":{\"name\":7}}", -32602, "not 7"),
        Arguments.of(call + "\"resources/read\",\"params\":{}}", -32602, "needs params.uri"),
        // The SDK answered these and logged nothing.
        Arguments.of(
            call + "\"tools/call\",\"params\":{\"name\":\"nope\",\"arguments\":{}}}",
            -32602,
            "Unknown tool: nope; the tools are ask, get_transcript, list_episodes,"
                + " search_passages."),
        Arguments.of(call + "\"made/up\",\"params\":{}}", -32601, "Method not found: made/up"),
        Arguments.of(call + "\"prompts/list\"}", -32601, "Method not found: prompts/list"));
  }

  /**
   * A JSON-RPC error in a 200, as the SDK answers, since its client ends the session on a 400; and
   * our one log line, naming the client.
   */
  @ParameterizedTest
  @MethodSource("unservedRequests")
  void requestForWhatTheServerDoesNotHaveIsAnErrorAndOneLogLine(String body, int code, String says)
      throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(REFUSALS)) {
      HttpResponse<String> response = post(body, session);

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode error = assertJsonRpcError(response, code, says);
      assertThat(error.get("id").intValue()).isEqualTo(5);
      assertThat(log.lines(Level.INFO))
          .singleElement()
          .asString()
          .startsWith("INFO McpRefusals: 200 for POST /mcp from 127.0.0.1: ")
          .contains(says);
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  /**
   * A call the SDK takes but its handler refuses (arguments the tool cannot take, a resource no
   * episode has) is answered by the SDK with an error and no log line of its own: ours is the one.
   */
  @ParameterizedTest
  @MethodSource("refusedByTheHandler")
  void callTheHandlerRefusesIsAnErrorAndOneLogLine(String body, String logger, String line) {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(logger)) {
      HttpResponse<String> response = post(body, session);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"error\"").doesNotContain("stackTrace");
      assertThat(log.lines(Level.INFO)).containsExactly(line);
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  static Stream<Arguments> refusedByTheHandler() {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":";
    return Stream.of(
        Arguments.of(
            call + "\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":{}}}",
            "dev.podcastqa.mcp.ToolSpecs",
            "INFO ToolSpecs: MCP tool ask refused: Invalid arguments for ask: question is"
                + " required"),
        Arguments.of(
            call + "\"resources/read\",\"params\":{\"uri\":\"episode://no-such-episode\"}}",
            "dev.podcastqa.mcp.EpisodeResources",
            "INFO EpisodeResources: MCP resources/read refused: No episode has the resource URI"
                + " episode://no-such-episode"));
  }

  @Test
  void methodsTheServerHasStillReachIt() {
    for (String method :
        new String[] {"tools/list", "resources/list", "resources/templates/list"}) {
      HttpResponse<String> response =
          post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"" + method + "\"}", session);

      assertThat(response.statusCode()).as(method).isEqualTo(200);
      assertThat(response.body()).as(method).contains("\"result\"").doesNotContain("\"error\"");
    }
  }

  /**
   * A compressed body was read as if plain: a 400 "invalid JSON" that sent the client looking in
   * the wrong place. Each way in answers 415 in its own error shape, and one line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/chat", "/v1/chat/completions", "/mcp"})
  void encodedBodyIs415InTheRoutesOwnShapeAndOneLogLine(String path) throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write("{\"question\":\"What is grokking?\"}".getBytes(StandardCharsets.UTF_8));
    }
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      HttpResponse<String> response =
          server.send(
              HttpRequest.newBuilder(URI.create(server.url(path)))
                  .header("Authorization", "Bearer " + KEY)
                  .header("Accept", "application/json, text/event-stream")
                  .header("Mcp-Session-Id", session)
                  .header("Content-Type", "application/json")
                  .header("Content-Encoding", "gzip")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray()))
                  .build());

      assertThat(response.statusCode()).isEqualTo(415);
      assertThat(response.headers().firstValue("Accept-Encoding")).hasValue("identity");
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      JsonNode body = mapper.readTree(response.body());
      String says = "Content-Encoding is not supported: send the body uncompressed.";
      switch (path) {
        case "/api/chat" -> {
          assertThat(body.get("error").textValue()).isEqualTo("unsupported_encoding");
          assertThat(body.get("detail").textValue()).isEqualTo(says);
        }
        case "/v1/chat/completions" -> {
          assertThat(body.get("error").get("message").textValue()).isEqualTo(says);
          assertThat(body.get("error").get("type").textValue()).isEqualTo("invalid_request_error");
          assertThat(body.get("error").get("code").textValue()).isEqualTo("unsupported_encoding");
        }
        default -> assertJsonRpcError(response, -32600, says);
      }
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 415 for POST "
                  + path
                  + " from 127.0.0.1: unsupported_encoding: Content-Encoding gzip is not"
                  + " supported: send the body uncompressed.");
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  private JsonNode assertJsonRpcError(HttpResponse<String> response, int code, String says)
      throws IOException {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).doesNotContain("stackTrace");
    JsonNode body = mapper.readTree(response.body());
    assertThat(body.get("jsonrpc").textValue()).isEqualTo("2.0");
    assertThat(body.get("error").get("code").intValue()).as(response.body()).isEqualTo(code);
    assertThat(body.get("error").get("message").textValue()).containsIgnoringCase(says);
    return body;
  }

  private String initialize() {
    HttpResponse<String> response = post(INITIALIZE, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("Mcp-Session-Id").orElseThrow();
  }

  private HttpResponse<String> post(String body, String sessionId) {
    HttpRequest.Builder request =
        request()
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (sessionId != null) {
      request.header("Mcp-Session-Id", sessionId);
    }
    return server.send(request.build());
  }

  private HttpRequest.Builder request() {
    return HttpRequest.newBuilder(URI.create(server.url("/mcp")))
        .header("Authorization", "Bearer " + KEY)
        .header("Accept", "application/json, text/event-stream");
  }
}
