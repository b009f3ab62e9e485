package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input gets a 4xx with a JSON {@code {"error", "detail"}} body, over a real HTTP
 * connection; failures inside get a generic 500 and never a stack trace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

  private static final int LIMIT = 64 * 1024;

  private final TestServer server = TestServer.start();
  private final ObjectMapper mapper = Json.newMapper();

  /** The one log line each client mistake here makes, kept off the console. */
  private final LogCapture clientMistakes = LogCapture.silencing(ErrorMapper.class);

  private final LogCapture jettyRefusals = LogCapture.silencing(JettyErrorHandler.class);

  @AfterAll
  void stop() {
    clientMistakes.close();
    jettyRefusals.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"question\": ", "{question: 'single'}", "{\"question\": \"a\"} extra"})
  void invalidJsonIs400(String body) throws IOException {
    assertError(server.postJson("/api/chat", body), 400, "invalid_json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "[\"What is grokking?\"]", "\"What is grokking?\"", "null"})
  void bodyThatIsNotAJsonObjectIs400(String body) throws IOException {
    assertError(server.postJson("/api/chat", body), 400, "invalid_json");
  }

  @Test
  void deeplyNestedJsonIs400() throws IOException {
    String body = "[".repeat(500) + "]".repeat(500);
    assertError(server.postJson("/api/chat", body), 400, "invalid_json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"question\": null}",
        "{\"question\": \"\"}",
        "{\"question\": \"   \"}",
        "{\"question\": \"\\n\\t \"}"
      })
  void missingOrBlankQuestionIs400(String body) throws IOException {
    JsonNode error = assertError(server.postJson("/api/chat", body), 400, "invalid_question");
    assertThat(error.get("detail").textValue()).containsAnyOf("missing", "empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "true", "{\"text\": \"hi\"}", "[\"hi\"]"})
  void questionThatIsNotAStringIs400(String value) throws IOException {
    JsonNode error =
        assertError(
            server.postJson("/api/chat", "{\"question\": " + value + "}"), 400, "invalid_question");
    assertThat(error.get("detail").textValue()).contains("must be a string");
  }

  @Test
  void questionOverTheLengthLimitIs400() throws IOException {
    String body = "{\"question\": \"" + "a".repeat(2001) + "\"}";
    JsonNode error = assertError(server.postJson("/api/chat", body), 400, "invalid_question");
    assertThat(error.get("detail").textValue()).contains("2000");
  }

  @Test
  void questionAtTheLengthLimitIsAnswered() {
    String body = "{\"question\": \"" + "grokking ".repeat(222) + "ab\"}";
    assertThat(server.postJson("/api/chat", body).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/jsonp",
        "application/json; charset=ISO-8859-1",
        "text/json"
      })
  void wrongContentTypeIs415(String contentType) throws IOException {
    HttpResponse<String> response =
        server.post("/api/chat", contentType, "{\"question\": \"What is grokking?\"}");
    assertError(response, 415, "unsupported_media_type");
  }

  @Test
  void missingContentTypeIs415() throws IOException {
    assertError(
        server.post("/api/chat", null, "{\"question\": \"hi\"}"), 415, "unsupported_media_type");
  }

  @Test
  void unknownEpisodeIs404Json() throws IOException {
    JsonNode error =
        assertError(server.get("/api/episodes/no-such-episode"), 404, "episode_not_found");
    assertThat(error.get("detail").textValue()).contains("no-such-episode");
  }

  @Test
  void chatLimitedToAnUnknownEpisodeIs404() throws IOException {
    String body = "{\"question\": \"grokking?\", \"episodeId\": \"no-such-episode\"}";
    assertError(server.postJson("/api/chat", body), 404, "episode_not_found");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void chatLimitedToAnUnknownPodcastIs404NamingThePodcasts() throws IOException {
    String body = "{\"question\": \"grokking?\", \"podcast\": \"Nope FM\"}";
    HttpResponse<String> response = server.postJson("/api/chat", body);
    assertThat(response.statusCode()).isEqualTo(404);
    // Not assertError: a podcast of the test corpus is named with markup, listed as text.
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("podcast_not_found");
    assertThat(error.get("detail").textValue())
        .contains("\"Nope FM\"")
        .contains("\"The Inside View\"")
        .contains("\"Test Tones\"");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void podcastFilterTakesTheNameInAnyCase() {
    String body = "{\"question\": \"What is grokking?\", \"podcast\": \" the inside VIEW \"}";
    assertThat(server.postJson("/api/chat", body).statusCode()).isEqualTo(200);
  }

  @Test
  void filtersNoEpisodeMeetsAre404SayingSo() throws IOException {
    String body =
        "{\"question\": \"grokking?\", \"podcast\": \"The Inside View\", \"from\": \"2030-01-01\"}";
    JsonNode error = assertError(server.postJson("/api/chat", body), 404, "no_matching_episode");
    assertThat(error.get("detail").textValue())
        .isEqualTo(
            "No episode matches these filters: podcast \"The Inside View\","
                + " published from 2030-01-01.");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void episodeOfAnotherPodcastMatchesNothing() throws IOException {
    String body =
        "{\"question\": \"grokking?\", \"episodeId\": \""
            + TestCatalog.NEEL
            + "\", \"podcast\": \"Test Tones\"}";
    assertError(server.postJson("/api/chat/stream", body), 404, "no_matching_episode");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"question\": \"hi\", \"conversationId\": 7}",
        "{\"question\": \"hi\", \"episodeId\": [\"x\"]}",
        "{\"question\": \"hi\", \"from\": \"last tuesday\"}",
        "{\"question\": \"hi\", \"to\": 20230101}"
      })
  void optionalFieldOfTheWrongTypeIs400(String body) throws IOException {
    assertError(server.postJson("/api/chat", body), 400, "invalid_field");
  }

  @Test
  void reversedDateRangeIs400() throws IOException {
    String body = "{\"question\": \"hi\", \"from\": \"2024-01-01\", \"to\": \"2023-01-01\"}";
    assertError(server.postJson("/api/chat", body), 400, "invalid_question");
  }

  @Test
  void bodyOverTheLimitWithContentLengthIs413() throws IOException {
    try (LogCapture log = LogCapture.silencing(JettyErrorHandler.class)) {
      assertError(server.postJson("/api/chat", paddedBody(LIMIT + 1)), 413, "body_too_large");

      // Refused before the app saw it, so Jetty's error handler makes the one line.
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO JettyErrorHandler: 413 for POST /api/chat from 127.0.0.1:"
                  + " body_too_large: Payload Too Large");
    }
  }

  @Test
  void chunkedBodyOverTheLimitIs413() throws IOException {
    byte[] body = paddedBody(LIMIT * 2).getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    assertError(server.send(request), 413, "body_too_large");
  }

  @Test
  void bodyOfExactlyTheLimitIsAccepted() {
    HttpResponse<String> response = server.postJson("/api/chat", paddedBody(LIMIT));
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void chunkedBodyUnderTheLimitIsAccepted() {
    byte[] body = paddedBody(LIMIT - 10).getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    assertThat(server.send(request).statusCode()).isEqualTo(200);
  }

  @Test
  void unknownApiPathIs404Json() throws IOException {
    assertError(server.get("/api/nothing-here"), 404, "not_found");
  }

  @Test
  void wrongMethodOnAnApiRouteIs405NamingTheMethodItTakes() throws IOException {
    HttpResponse<String> response = server.get("/api/chat");
    JsonNode error = assertError(response, 405, "method_not_allowed");
    assertThat(error.get("detail").textValue()).isEqualTo("This address takes POST, not GET.");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void unexpectedFailureIsAGeneric500WithoutInternals() throws IOException {
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      server.answers().failNext(new IllegalStateException("secret database password=hunter2"));
      HttpResponse<String> response = server.postJson("/api/chat", "{\"question\": \"grokking?\"}");
      assertError(response, 500, "internal_error");
      assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalState");
      // Ours to fix, so the operator's log keeps the stack trace.
      assertThat(log.withStackTraces())
          .containsExactly("POST /api/chat failed (java.lang.IllegalStateException)");
    }
  }

  @Test
  void errorThrownInsideIsAGeneric500() throws IOException {
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      server.answers().failNext(new AssertionError("internal invariant broken"));
      HttpResponse<String> response = server.postJson("/api/chat", "{\"question\": \"grokking?\"}");
      assertError(response, 500, "internal_error");
      assertThat(response.body()).doesNotContain("invariant");
      assertThat(log.withStackTraces())
          .containsExactly("request failed with an error (java.lang.AssertionError)");
    }
  }

  @Test
  void questionTheServiceRefusesIs400() throws IOException {
    server.answers().failNext(new InvalidQuestionException("the question names no episode"));
    JsonNode error =
        assertError(
            server.postJson("/api/chat", "{\"question\": \"grokking?\"}"), 400, "invalid_question");
    assertThat(error.get("detail").textValue()).isEqualTo("The question names no episode.");
  }

  @Test
  void malformedRequestLineGetsJsonNotJettysPage() throws IOException {
    String response = raw("GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 400");
    assertRawJsonError(response);
  }

  @Test
  void oversizedHeadersGetJsonNotJettysPage() throws IOException {
    String response =
        raw(
            "GET /api/episodes HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 431");
    assertRawJsonError(response);
  }

  /** A valid chat body of exactly {@code size} bytes, padded with white space. */
  private static String paddedBody(int size) {
    String head = "{\"question\": \"What is grokking?\"";
    String tail = "}";
    return head + " ".repeat(size - head.length() - tail.length()) + tail;
  }

  private JsonNode assertError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = assertJsonError(response);
    assertThat(body.get("error").textValue()).isEqualTo(code);
    return body;
  }

  private JsonNode assertJsonError(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    return assertErrorBody(response.body());
  }

  private JsonNode assertErrorBody(String text) throws IOException {
    JsonNode body = mapper.readTree(text);
    // error and detail, and field when one field is at fault
    assertThat(body.size()).isEqualTo(body.has("field") ? 3 : 2);
    assertThat(body.get("error").isTextual()).isTrue();
    assertThat(body.get("detail").textValue()).isNotBlank();
    assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<");
    return body;
  }

  private void assertRawJsonError(String response) throws IOException {
    int split = response.indexOf("\r\n\r\n");
    assertThat(response.substring(0, split).toLowerCase())
        .contains("content-type: application/json");
    assertErrorBody(response.substring(split + 4));
  }

  /** Sends bytes no well-behaved client would, and reads the reply until the server closes. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
