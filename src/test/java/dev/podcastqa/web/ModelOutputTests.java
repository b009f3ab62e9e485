package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.llm.LlmAnswerer;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.FakeModelServer;
import dev.podcastqa.testing.FakeModelServer.Reply;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.PromptPassages;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A model that misbehaves, played by a loopback OpenAI-compatible server behind LangChain4j's real
 * client, with the service's model timeout at 2 s: one that trickles its reply, one that sends
 * garbage, one whose text carries foreign links and invented times. Over {@code /api/chat} and the
 * stream alike, the answer ends within the timeout, falls back with a notice, and carries only the
 * service's own links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelOutputTests {

  private static final String GROKKING = "{\"question\": \"What is grokking?\"}";
  private static final String LATE = "The language model did not answer in time";
  private static final String FALLBACK = "so this answer quotes the episodes directly.";

  private final FakeModelServer model = FakeModelServer.openAi();
  private final TestServer server = TestServer.startWithModel(model);
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
    model.close();
  }

  @org.junit.jupiter.api.BeforeAll
  void warmUp() throws IOException {
    // The first question loads what answering needs; timings below are of later ones.
    model.otherwise(request -> Reply.text(PromptPassages.of(request).quoting(1)));
    chat();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
    model.reset();
  }

  @Test
  void modelSendingATokenEverySecondsIsCutOffAtTheTimeoutOverChat() throws IOException {
    model.otherwise(request -> trickle(request));
    long started = System.nanoTime();

    JsonNode answer;
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      answer = chat();
      assertOneTimeoutWarning(log);
    }

    assertThat(millisSince(started)).isLessThan(3500);
    assertThat(answer.get("answered").booleanValue()).isTrue();
    assertThat(answer.get("notice").textValue()).startsWith(LATE);
  }

  @Test
  void modelSendingATokenEverySecondsIsCutOffAtTheTimeoutOverTheStream() throws IOException {
    model.otherwise(request -> trickle(request));
    long started = System.nanoTime();

    JsonNode answer;
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      answer = streamed();
      assertOneTimeoutWarning(log);
    }

    assertThat(millisSince(started)).isLessThan(3500);
    assertThat(answer.get("answered").booleanValue()).isTrue();
    assertThat(answer.get("notice").textValue()).startsWith(LATE);
  }

  @Test
  void garbageFromTheModelFallsBackWithANoticeOverChatAndTheStreamAlike() throws IOException {
    for (String garbage :
        List.of("this is not json", "data: {\"choices\": [{\"delta\": 42}]}\n\n", "{}")) {
      model.otherwise(request -> Reply.raw(garbage));
      try (LogCapture log = LogCapture.silencing(LlmAnswerer.class);
          LogCapture all = LogCapture.everything()) {
        JsonNode chat = chat();
        JsonNode stream = streamed();

        for (JsonNode answer : List.of(chat, stream)) {
          assertThat(answer.get("answered").booleanValue()).as(garbage + answer).isTrue();
          assertThat(answer.get("mode").textValue()).as(garbage).isEqualTo("extractive");
          assertThat(answer.get("notice").textValue()).as(garbage).endsWith(FALLBACK);
        }
        assertThat(log.lines(Level.WARN))
            .as(garbage)
            .hasSize(2)
            .allMatch(line -> line.startsWith("WARN LlmAnswerer: The model failed ("))
            .allMatch(line -> line.endsWith("; answering extractively"));
        assertThat(log.withStackTraces()).as(garbage).isEmpty();
        assertThat(all.withStackTraces()).as(garbage).isEmpty();
      }
    }
  }

  @Test
  void onlyTheServicesCitationLinksAndThePassagesTimesReachTheAnswer() throws IOException {
    model.otherwise(
        request -> {
          PromptPassages passages = PromptPassages.of(request);
          return Reply.text(
              passages.quoting(1, 2)
                  + " Read [this link](https://evil.example/phish) and https://evil.example/x"
                  + " about it [1]. The hosts also discuss quantum gravity in detail [9]."
                  + " It comes up again at 01:23:45 [2].");
        });

    for (JsonNode answer : List.of(chat(), streamed())) {
      String text = answer.get("answer").textValue();
      assertThat(text).doesNotContain("evil.example", "https://", "quantum", "01:23:45");
      assertThat(text).contains("this link");
      for (JsonNode citation : answer.get("citations")) {
        assertThat(citation.get("url").textValue()).doesNotContain("evil");
      }
    }
  }

  /** A reply cut off at the timeout is one warning from LlmAnswerer, never a stack trace. */
  private static void assertOneTimeoutWarning(LogCapture log) {
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .isEqualTo(
            "WARN LlmAnswerer: The model failed (no whole reply from the model within 2000 ms);"
                + " answering extractively");
    assertThat(log.withStackTraces()).isEmpty();
  }

  private static Reply trickle(JsonNode request) {
    String text = PromptPassages.of(request).quoting(1, 2);
    // A token every 0.7 s for 6.3 s: each comes well within the timeout, the whole does not.
    List<String> pieces = new ArrayList<>(Collections.nCopies(10, ""));
    pieces.set(9, text);
    return Reply.trickle(pieces, Duration.ofMillis(700));
  }

  private JsonNode chat() throws IOException {
    HttpResponse<String> response = server.postJson("/api/chat", GROKKING);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return mapper.readTree(response.body());
  }

  private JsonNode streamed() throws IOException {
    List<SseEvents.Event> events = SseEvents.parse(ChatStreamTests.stream(server, GROKKING).body());
    SseEvents.Event citations =
        events.stream().filter(e -> e.name().equals("citations")).findFirst().orElseThrow();
    return mapper.readTree(citations.data());
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
