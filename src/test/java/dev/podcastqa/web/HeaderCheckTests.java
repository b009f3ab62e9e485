package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A header meant to be sent once, sent twice, over real HTTP on loopback to the app with its agent
 * channels: a 400 {@code duplicate_header} in each channel's JSON shape and one log line, whichever
 * of the two comes first; before, {@code /api} read the first {@code Content-Type} (so {@code
 * application/json} then {@code text/plain} was answered and the reverse a 415) and {@code /v1} and
 * {@code /mcp} answered both orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderCheckTests {

  private static final String QUESTION = "{\"question\": \"What is grokking?\"}";
  private static final String COMPLETION =
      "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"user\", \"content\": \"What is"
          + " grokking?\"}]}";
  private static final String MCP_INITIALIZE =
      "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {"
          + "\"protocolVersion\": \"2025-06-18\", \"capabilities\": {}, \"clientInfo\": {\"name\":"
          + " \"t\", \"version\": \"1\"}}}";
  private static final String ACCEPT = "Accept: application/json, text/event-stream\r\n";
  private static final String TWICE = "The Content-Type header is sent 2 times; send it once.";

  private final TestServer server = TestServer.startWithAgents("");
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void twoContentTypesAreRefusedOnEveryChannelInItsShape(boolean jsonFirst) throws IOException {
    String types =
        jsonFirst
            ? "Content-Type: application/json\r\nContent-Type: text/plain\r\n"
            : "Content-Type: text/plain\r\nContent-Type: application/json\r\n";
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(HeaderChecks.class)) {
      RawHttp.Reply chat = post("/api/chat", types, QUESTION);
      RawHttp.Reply completion = post("/v1/chat/completions", types, COMPLETION);
      RawHttp.Reply mcp = post("/mcp", types + ACCEPT, MCP_INITIALIZE);

      assertRefused(chat);
      JsonNode api = mapper.readTree(chat.body());
      assertThat(api.get("error").textValue()).isEqualTo("duplicate_header");
      assertThat(api.get("detail").textValue()).isEqualTo(TWICE);
      assertRefused(completion);
      JsonNode openAi = mapper.readTree(completion.body()).get("error");
      assertThat(openAi.get("message").textValue()).isEqualTo(TWICE);
      assertThat(openAi.get("type").textValue()).isEqualTo("invalid_request_error");
      assertThat(openAi.get("code").textValue()).isEqualTo("duplicate_header");
      assertRefused(mcp);
      JsonNode rpc = mapper.readTree(mcp.body());
      assertThat(rpc.get("jsonrpc").textValue()).isEqualTo("2.0");
      assertThat(rpc.get("error").get("message").textValue()).isEqualTo(TWICE);
      assertThat(log.lines(Level.DEBUG))
          .containsExactly(
              line("/api/chat", TWICE), line("/v1/chat/completions", TWICE), line("/mcp", TWICE));
      assertThat(everything.lines(Level.DEBUG)).isEmpty();
    }
    assertThat(server.answers().received()).as("nothing was answered").isEmpty();
  }

  @Test
  void twoAuthorizationHeadersAreRefused() throws IOException {
    String detail = "The Authorization header is sent 2 times; send it once.";
    try (LogCapture log = LogCapture.silencing(HeaderChecks.class)) {
      RawHttp.Reply reply =
          post(
              "/v1/chat/completions",
              "Content-Type: application/json\r\nAuthorization: Bearer a\r\n"
                  + "Authorization: Bearer b\r\n",
              COMPLETION);

      assertRefused(reply);
      assertThat(mapper.readTree(reply.body()).get("error").get("message").textValue())
          .isEqualTo(detail);
      assertThat(log.lines(Level.DEBUG)).containsExactly(line("/v1/chat/completions", detail));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip, chunked", "identity, chunked", "x-made-up,chunked"})
  void transferCodingBesidesChunkedIsRefused(String codings) throws IOException {
    byte[] body = QUESTION.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\nTransfer-Encoding: "
            + codings
            + "\r\n\r\n"
            + Integer.toHexString(body.length)
            + "\r\n";
    byte[] rest = (QUESTION + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    String named = codings.replace(", chunked", "").replace(",chunked", "");
    String detail =
        "Transfer-Encoding "
            + named
            + " is not supported: send the body with a Content-Length, or chunked alone.";
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(HeaderChecks.class)) {
      RawHttp.Reply reply = RawHttp.exchange(server.port(), "127.0.0.1", head, rest);

      assertRefused(reply);
      JsonNode error = mapper.readTree(reply.body());
      assertThat(error.get("error").textValue()).isEqualTo("unsupported_transfer_encoding");
      assertThat(error.get("detail").textValue()).isEqualTo(detail);
      assertThat(log.lines(Level.DEBUG))
          .containsExactly(
              "INFO HeaderChecks: 400 for POST /api/chat from 127.0.0.1:"
                  + " unsupported_transfer_encoding: "
                  + detail);
      assertThat(everything.lines(Level.DEBUG)).isEmpty();
    }
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void chunkedAloneIsReadAsSent() {
    byte[] body = QUESTION.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
            + Integer.toHexString(body.length)
            + "\r\n";
    byte[] rest = (QUESTION + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);

    RawHttp.Reply reply = RawHttp.exchange(server.port(), "127.0.0.1", head, rest);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  @Test
  void oneContentTypeIsAnsweredAsBefore() {
    RawHttp.Reply chat = post("/api/chat", "Content-Type: application/json\r\n", QUESTION);

    assertThat(chat.status()).as(chat.body()).isEqualTo(200);
  }

  private RawHttp.Reply post(String path, String headers, String body) {
    return RawHttp.post(server.port(), "127.0.0.1", path, headers, body);
  }

  private static void assertRefused(RawHttp.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.hasHeader("Content-Type", "application/json; charset=utf-8")).isTrue();
    assertThat(reply.hasHeader("X-Content-Type-Options", "nosniff")).isTrue();
  }

  private static String line(String path, String detail) {
    return "INFO HeaderChecks: 400 for POST "
        + path
        + " from 127.0.0.1: duplicate_header: "
        + detail;
  }
}
