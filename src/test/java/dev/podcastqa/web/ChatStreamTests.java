package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/chat/stream} in extractive mode, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatStreamTests {

  private final TestServer server = TestServer.start();
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
  }

  @Test
  void extractiveAnswerStreamsDeltasThenCitationsThenDone() throws IOException {
    HttpResponse<Stream<String>> response = stream(server, "{\"question\": \"What is grokking?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/event-stream");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    List<SseEvents.Event> events = SseEvents.parse(response.body());
    assertSequence(events);
    JsonNode answer = mapper.readTree(events.get(events.size() - 2).data());
    assertThat(deltaText(events)).isEqualTo(answer.get("answer").textValue());
    assertThat(answer.get("mode").textValue()).isEqualTo("extractive");

    JsonNode chat =
        mapper.readTree(
            server.postJson("/api/chat", "{\"question\": \"What is grokking?\"}").body());
    assertThat(withoutConversation(answer)).isEqualTo(withoutConversation(chat));
  }

  @Test
  void unanswerableQuestionStreamsTheRefusal() throws IOException {
    List<SseEvents.Event> events =
        SseEvents.parse(stream(server, "{\"question\": \"Who won the 1966 World Cup?\"}").body());

    assertSequence(events);
    JsonNode answer = mapper.readTree(events.get(events.size() - 2).data());
    assertThat(answer.get("answered").booleanValue()).isFalse();
    assertThat(answer.get("citations")).isEmpty();
  }

  @Test
  void refusedRequestIsAJsonErrorNotAStream() throws IOException {
    HttpResponse<Stream<String>> empty;
    HttpResponse<Stream<String>> unknown;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      empty = stream(server, "{\"question\": \"  \"}");
      unknown = stream(server, "{\"question\": \"grokking?\", \"episodeId\": \"no-such-episode\"}");
      Refusals.assertLogged(
          log,
          Refusals.line(400, "POST /api/chat/stream", "invalid_question"),
          Refusals.line(404, "POST /api/chat/stream", "episode_not_found"));
    }

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(mapper.readTree(body(empty)).get("error").textValue()).isEqualTo("invalid_question");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(mapper.readTree(body(unknown)).get("error").textValue())
        .isEqualTo("episode_not_found");
  }

  @Test
  void failureBeforeTheFirstEventIsAJson500() throws IOException {
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      server.answers().failNext(new IllegalStateException("boom"));

      HttpResponse<Stream<String>> response = stream(server, "{\"question\": \"grokking?\"}");

      assertThat(response.statusCode()).isEqualTo(500);
      String body = body(response);
      assertThat(mapper.readTree(body).get("error").textValue()).isEqualTo("internal_error");
      assertThat(body).doesNotContain("boom");
      assertThat(log.withStackTraces())
          .containsExactly("POST /api/chat/stream failed (java.lang.IllegalStateException)");
    }
  }

  /** Deltas first (at least one), then exactly one citations event, then done. */
  static void assertSequence(List<SseEvents.Event> events) {
    List<String> names = events.stream().map(SseEvents.Event::name).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(3);
    assertThat(names.subList(0, names.size() - 2)).containsOnly("delta");
    assertThat(names.subList(names.size() - 2, names.size())).containsExactly("citations", "done");
  }

  static String deltaText(List<SseEvents.Event> events) {
    ObjectMapper mapper = Json.newMapper();
    return events.stream()
        .filter(e -> e.name().equals("delta"))
        .map(e -> read(mapper, e.data()).get("text").textValue())
        .collect(Collectors.joining());
  }

  static HttpResponse<Stream<String>> stream(TestServer server, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      return server.client().send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The answer without what differs between two askings: the conversation and answer ids. */
  static JsonNode withoutConversation(JsonNode answer) {
    ObjectNode copy = answer.deepCopy();
    copy.remove("conversationId");
    copy.remove("answerId");
    return copy;
  }

  private static String body(HttpResponse<Stream<String>> response) {
    return response.body().collect(Collectors.joining("\n"));
  }

  private static JsonNode read(ObjectMapper mapper, String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
