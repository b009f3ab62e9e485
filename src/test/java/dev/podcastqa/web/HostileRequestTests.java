package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests an attacker would send, over real HTTP on loopback to the real app (Discord on):
 * questions of invisible characters, unbounded conversation ids, malformed UTF-8, HTTP/0.9,
 * requests Jetty refuses itself, and a replayed Discord interaction. Each gets a clear 4xx and
 * nothing logs a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestTests {

  private final DiscordSigner discordKeys = DiscordSigner.generate();
  private final FakeDiscord discord = FakeDiscord.start();
  private final TestServer server =
      TestServer.startWithDiscord(discord, discordKeys.publicKeyHex());
  private final ObjectMapper mapper = Json.newMapper();

  /** The one log line each client mistake here makes, kept off the console. */
  private final LogCapture clientMistakes = LogCapture.silencing(ErrorMapper.class);

  private final LogCapture jettyRefusals = LogCapture.silencing(JettyErrorHandler.class);

  private final AtomicLong interactionIds = new AtomicLong(5_000_000);

  @AfterAll
  void stop() {
    clientMistakes.close();
    jettyRefusals.close();
    server.close();
    discord.close();
  }

  @BeforeEach
  void reset() throws InterruptedException {
    server.answers().reset();
    discord.reset();
  }

  /** Every character the issue names, alone, twice, and mixed with spaces (as JSON escapes). */
  static Stream<String> invisibleQuestions() {
    List<String> characters =
        List.of(
            "\\u00a0", "\\u0000", "\\u200b", "\\ufeff", "\\u0085", "\\u007f", "\\ud800", "\\udc00",
            "\\u0301", "\\u20dd");
    return Stream.concat(
        characters.stream().flatMap(c -> Stream.of(c, c + c, " " + c + " \\t")),
        Stream.of("\\u200b\\u0301\\ufeff\\u00a0\\u0000 \\u2060\\u180e"));
  }

  @ParameterizedTest
  @MethodSource("invisibleQuestions")
  void questionOfInvisibleCharactersIs400OverChat(String question) throws IOException {
    try (LogCapture log = LogCapture.everything()) {
      HttpResponse<String> response = server.postJson("/api/chat", body(question));

      assertEmptyQuestion(response);
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("invisibleQuestions")
  void questionOfInvisibleCharactersIs400OverTheStream(String question) throws IOException {
    try (LogCapture log = LogCapture.everything()) {
      HttpResponse<String> response =
          server.send(
              HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
                  .header("Content-Type", "application/json")
                  .header("Accept", "text/event-stream")
                  .POST(HttpRequest.BodyPublishers.ofString(body(question)))
                  .build());

      assertEmptyQuestion(response);
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("invisibleQuestions")
  void questionOfInvisibleCharactersGetsAClearDiscordReply(String question) throws IOException {
    try (LogCapture log = LogCapture.everything()) {
      JsonNode response = mapper.readTree(signed(ask(question, nextId())).body());

      assertThat(response.get("type").intValue()).as("answered at once").isEqualTo(4);
      String content = response.get("data").get("content").textValue();
      assertThat(content).isEqualTo("Cannot answer: the question is empty.");
      assertThat(server.answers().received()).isEmpty();
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void visibleTextAroundInvisibleCharactersIsAnswered() throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", body("\\u200bWhat is\\u00a0grok\\u00adking?\\ufeff"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(server.answers().received().get(0).text()).isEqualTo("What is grokking?");
  }

  @ParameterizedTest
  @ValueSource(ints = {129, 60_000})
  void conversationIdLongerThan128CharactersIs400(int length) throws IOException {
    String id = "a".repeat(length);

    assertBadConversationId(server.postJson("/api/chat", withConversation(id)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "dots.and/slashes", "ümlaut", "semi;colon", "tab\\there"})
  void conversationIdWithOtherCharactersIs400(String id) throws IOException {
    assertBadConversationId(server.postJson("/api/chat", withConversation(id)));
    assertBadConversationId(
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(withConversation(id)))
                .build()));
  }

  @Test
  void conversationIdOf128AllowedCharactersIsKept() throws IOException {
    String id = "Az09_-".repeat(21) + "xy";
    assertThat(id).hasSize(128);

    HttpResponse<String> response = server.postJson("/api/chat", withConversation(id));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(response.body()).get("conversationId").textValue()).isEqualTo(id);
  }

  @Test
  void overlongUtf8InTheBodyIs400() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] before = "{\"question\": \"What is grokking".getBytes(StandardCharsets.US_ASCII);
    body.write(before);
    body.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
    body.write("\"}".getBytes(StandardCharsets.US_ASCII));

    String response = raw(postRequest("/api/chat", body.toByteArray()));

    assertThat(response).startsWith("HTTP/1.1 400 ");
    JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(error.get("error").textValue()).isEqualTo("invalid_json");
    assertThat(error.get("detail").textValue())
        .isEqualTo("The body is not valid UTF-8 (at byte " + (before.length + 1) + ").");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void http09RequestIsRefusedAsAnUnsupportedVersionNotAnInternalError() throws IOException {
    String response = raw("GET /health\r\n".getBytes(StandardCharsets.US_ASCII));

    assertThat(response).doesNotContain("internal_error");
    assertThat(response).matches("(?s)HTTP/1.1 (400|505) .*");
    assertThat(response).contains("X-Content-Type-Options: nosniff");
  }

  @Test
  void errorsJettyWritesItselfAreJsonWithNosniff() throws IOException {
    String badLine = raw("GET /health HTTP/1.1 extra\r\nHost: x\r\n\r\n".getBytes());
    String longUri =
        raw(("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes());
    String bigHeaders =
        raw(
            ("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n\r\n")
                .getBytes());

    for (String response : List.of(badLine, longUri, bigHeaders)) {
      assertThat(response).matches("(?s)HTTP/1.1 (400|414|431) .*");
      assertThat(response).contains("X-Content-Type-Options: nosniff");
      assertThat(response).contains("Content-Type: application/json");
      JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(error.get("error").textValue()).isNotBlank();
    }
  }

  @Test
  void errorsJettyAnswersItselfAreOneLogLineEach() throws IOException {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      raw("GET /health HTTP/1.1 extra\r\nHost: x\r\n\r\n".getBytes());
      raw(("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes());
      raw(
          ("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(70_000) + "\r\n\r\n")
              .getBytes());
      raw("GET /health?a HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n".getBytes());
      raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Ctl: a\u0001b\r\n\r\n".getBytes());
      raw("GET /health\r\n".getBytes(StandardCharsets.US_ASCII));

      String from = " from 127.0.0.1: ";
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 400 for an unreadable request"
                  + from
                  + "bad_request: Illegal character SPACE=' '",
              "INFO JettyErrorHandler: 414 for an unreadable request"
                  + from
                  + "uri_too_long: URI Too Long",
              "INFO JettyErrorHandler: 431 for GET /health"
                  + from
                  + "headers_too_large: Request Header Fields Too Large",
              "INFO JettyErrorHandler: 400 for GET /health"
                  + from
                  + "bad_request: Illegal character SPACE=' '",
              "INFO JettyErrorHandler: 400 for GET /health"
                  + from
                  + "bad_request: Illegal character CNTL=0x1",
              "INFO JettyErrorHandler: 505 for an unreadable request"
                  + from
                  + "http_version_not_supported: HTTP/0.9 not supported");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  /**
   * Jetty wrote its error page only for GET, POST and HEAD: these got an empty body and no line (an
   * HTTP/2 preface, which Jetty does answer, was an unnamed {@code http_426}).
   */
  @Test
  void optionsStarConnectAndHttp2GetAJsonErrorAndOneLogLine() throws IOException {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      String options = raw("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
      String connect = raw("CONNECT example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
      String put = raw("PUT * HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".getBytes());
      String http2 = raw("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes());

      assertThat(options).startsWith("HTTP/1.1 404");
      assertThat(connect).startsWith("HTTP/1.1 400");
      assertThat(put).startsWith("HTTP/1.1 400");
      assertThat(http2).startsWith("HTTP/1.1 426");
      for (String response : List.of(options, connect, put, http2)) {
        assertThat(response).contains("Content-Type: application/json");
        assertThat(response).contains("X-Content-Type-Options: nosniff");
        JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(error.get("error").textValue())
            .isIn("not_found", "bad_request", "upgrade_required");
        assertThat(error.get("detail").textValue()).isNotBlank();
      }
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 404 for OPTIONS * from 127.0.0.1: not_found: Not Found",
              "INFO JettyErrorHandler: 400 for CONNECT / from 127.0.0.1: bad_request: Authority!=Host",
              "INFO JettyErrorHandler: 400 for PUT * from 127.0.0.1: bad_request: Bad URI path",
              "INFO JettyErrorHandler: 426 for PRI * from 127.0.0.1: upgrade_required:"
                  + " Upgrade Required");
    }
  }

  /** Jetty's reasons went to the log only; the body said "The request could not be understood." */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Content-Length: 2\\r\\nContent-Length: 2|The request has two Content-Length headers; send"
            + " one.",
        "Content-Length: 0x2|Content-Length must be a whole number of bytes.",
        "Content-Length: 2\\r\\nTransfer-Encoding: chunked|The request has both Transfer-Encoding"
            + " and Content-Length; send one of them.",
        "Transfer-Encoding: chunked, gzip|Transfer-Encoding must end with chunked, and this service"
            + " takes chunked alone."
      })
  void malformedFramingIs400SayingWhatIsWrong(String headers, String detail) throws IOException {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      String response =
          raw(
              ("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + headers.replace("\\r\\n", "\r\n")
                      + "\r\nConnection: close\r\n\r\n{}")
                  .getBytes(StandardCharsets.US_ASCII));

      assertThat(response).startsWith("HTTP/1.1 400");
      JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(error.get("error").textValue()).isEqualTo("bad_request");
      assertThat(error.get("detail").textValue()).isEqualTo(detail);
      assertThat(log.lines(Level.INFO)).hasSize(1);
    }
  }

  /** Jetty refuses it itself; the body said only "The request was refused (HTTP 417)." */
  @Test
  void expectationOtherThanContinueIs417SayingWhichIsTaken() throws IOException {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      String response =
          raw(
              ("POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Expect: 200-ok\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
                  .getBytes(StandardCharsets.US_ASCII));

      assertThat(response).startsWith("HTTP/1.1 417");
      JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(error.get("error").textValue()).isEqualTo("expectation_failed");
      assertThat(error.get("detail").textValue())
          .isEqualTo(
              "Expect takes 100-continue only; send the request without another expectation.");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 417 for POST /api/chat from 127.0.0.1: expectation_failed:"
                  + " Expectation Failed");
    }
  }

  /** A file that is there answered these with the not-found page. */
  @ParameterizedTest
  @ValueSource(strings = {"PUT /assets/icon.svg", "DELETE /assets/style.css", "POST /favicon.ico"})
  void otherMethodOnAFileIs405NamingGetAndHead(String request) throws IOException {
    String method = request.substring(0, request.indexOf(' '));
    String path = request.substring(request.indexOf(' ') + 1);
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      String response =
          raw(
              (request + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));

      assertThat(response).startsWith("HTTP/1.1 405").contains("\r\nAllow: GET, HEAD\r\n");
      JsonNode error = mapper.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      String detail = "This address takes GET or HEAD, not " + method + ".";
      assertThat(error.get("detail").textValue()).isEqualTo(detail);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO ErrorMapper: 405 for "
                  + request
                  + " from 127.0.0.1: method_not_allowed: "
                  + detail);
    }
  }

  /** Jetty warned of the target itself ("Bad Authority: [/api/chat]"), a line more, at WARN. */
  @Test
  void connectToAPathIsOneLogLine() throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      String response = raw("CONNECT /api/chat HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).contains("Content-Type: application/json");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 400 for an unreadable request from 127.0.0.1: bad_request:"
                  + " Bad Request");
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  /** Jetty's parser warned of the second Host itself, a line more, with what the client sent. */
  @Test
  void requestWithTwoHostsIsOneLogLine() throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      String response = raw("GET /health HTTP/1.1\r\nHost: x\r\nHost: evil\r\n\r\n".getBytes());

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 400 for GET /health from 127.0.0.1: bad_request:"
                  + " Duplicate Host Header");
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void discordInteractionReplayedWithinTheWindowIsAnsweredOnce() throws IOException {
    String interaction = ask("What is grokking?", nextId());

    HttpResponse<String> first = signed(interaction);
    discord.take();
    HttpResponse<String> replayed = signed(interaction);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(replayed.statusCode()).isEqualTo(409);
    assertThat(mapper.readTree(replayed.body()).get("error").textValue())
        .isEqualTo("duplicate_interaction");
    assertThat(server.answers().received()).hasSize(1);
    assertThat(discord.received()).as("one reply edited, once").hasSize(1);
  }

  /** Read as if plain, a compressed interaction was refused as malformed JSON (a 400). */
  @ParameterizedTest
  @ValueSource(strings = {"gzip", "br", "deflate, gzip", "x-made-up"})
  void encodedDiscordInteractionIs415AndOneLogLine(String encoding) throws IOException {
    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      HttpResponse<String> response =
          server.send(
              HttpRequest.newBuilder(URI.create(server.url("/discord/interactions")))
                  .header("Content-Type", "application/json")
                  .header("Content-Encoding", encoding)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {31, -117, 8, 0}))
                  .build());

      assertThat(response.statusCode()).isEqualTo(415);
      JsonNode error = mapper.readTree(response.body());
      assertThat(error.get("error").textValue()).isEqualTo("unsupported_encoding");
      assertThat(error.get("detail").textValue()).contains("Content-Encoding is not supported");
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 415 for POST /discord/interactions from 127.0.0.1:"
                  + " unsupported_encoding: Content-Encoding "
                  + encoding
                  + " is not supported: send the body uncompressed.");
      assertThat(everything.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void identityEncodingIsReadAsSent() throws IOException {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "identity")
                .POST(HttpRequest.BodyPublishers.ofString(body("What is grokking?")))
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  private void assertEmptyQuestion(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("invalid_question");
    assertThat(error.get("detail").textValue()).isEqualTo("The question is empty.");
    assertThat(server.answers().received()).isEmpty();
  }

  private void assertBadConversationId(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("invalid_field");
    assertThat(error.get("detail").textValue())
        .isEqualTo("conversationId must be 1 to 128 characters of A-Z, a-z, 0-9, _ and -.");
    assertThat(server.answers().received()).isEmpty();
  }

  /** {@code question} holds JSON escapes, written into the body as they stand. */
  private static String body(String question) {
    return "{\"question\": \"" + question + "\"}";
  }

  private static String withConversation(String id) {
    return "{\"question\": \"What is grokking?\", \"conversationId\": \"" + id + "\"}";
  }

  private static byte[] postRequest(String path, byte[] body) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] bytes = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, head.length());
    System.arraycopy(body, 0, bytes, head.length(), body.length);
    return bytes;
  }

  /** Sends {@code request} as bytes on a new connection and reads until the server closes it. */
  private String raw(byte[] request) throws IOException {
    try (Socket socket = SlowClientTests.connect(server.port(), "127.0.0.1")) {
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before it has read all of an oversized request
      }
      socket.shutdownOutput();
      return SlowClientTests.readAll(socket, Duration.ofSeconds(5));
    }
  }

  private String nextId() {
    return String.valueOf(interactionIds.incrementAndGet());
  }

  private static String ask(String question, String id) {
    return "{\"type\": 2, \"id\": \""
        + id
        + "\", \"application_id\": \""
        + DiscordInteractionsTests.APP
        + "\", \"token\": \""
        + DiscordInteractionsTests.TOKEN
        + "\", \"data\": {\"id\": \"7\", \"name\": \"ask\", \"type\": 1, \"options\": ["
        + "{\"name\": \"question\", \"type\": 3, \"value\": \""
        + question
        + "\"}]}}";
  }

  private HttpResponse<String> signed(String body) {
    String timestamp = DiscordSigner.now();
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/discord/interactions")))
            .header("Content-Type", "application/json")
            .header("X-Signature-Ed25519", discordKeys.sign(timestamp, body))
            .header("X-Signature-Timestamp", timestamp)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }
}
