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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /api/chat/stream} answered by a model: LangChain4j's real OpenAI client streaming
 * from a fake model server, relayed over real HTTP, and stopped when the reader hangs up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelChatStreamTests {

  private static final String GROKKING = "{\"question\": \"What is grokking?\"}";

  private final FakeModelServer model = FakeModelServer.openAi();
  private final TestServer server = TestServer.startWithModel(model);
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
    model.close();
  }

  @BeforeEach
  void reset() {
    server.answers().reset();
    model.reset();
    model.otherwise(request -> Reply.text(PromptPassages.of(request).quoting(1, 2)));
  }

  @Test
  void generatedAnswerStreamsAndItsCitationsEventIsTheChatContract() throws IOException {
    List<SseEvents.Event> events = SseEvents.parse(ChatStreamTests.stream(server, GROKKING).body());

    ChatStreamTests.assertSequence(events);
    assertThat(events.size()).as("sentence by sentence, then citations and done").isGreaterThan(3);
    JsonNode answer = mapper.readTree(events.get(events.size() - 2).data());
    assertThat(answer.get("mode").textValue()).isEqualTo("llm");
    assertThat(answer.get("citations")).hasSize(2);
    assertThat(ChatStreamTests.deltaText(events)).isEqualTo(answer.get("answer").textValue());
    assertThat(model.requests().get(0).path("stream").asBoolean()).isTrue();

    JsonNode chat = mapper.readTree(server.postJson("/api/chat", GROKKING).body());
    assertThat(model.requests().get(1).path("stream").asBoolean(false)).isFalse();
    assertThat(ChatStreamTests.withoutConversation(answer))
        .isEqualTo(ChatStreamTests.withoutConversation(chat));
  }

  @Test
  void modelFailingTwiceStillStreamsAnExtractiveAnswerWithANotice() throws IOException {
    model.then(Reply.status(429), Reply.status(429));

    List<SseEvents.Event> events;
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      events = SseEvents.parse(ChatStreamTests.stream(server, GROKKING).body());
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN LlmAnswerer: The model failed (RateLimitException: ")
          .contains("429")
          .endsWith("answering extractively");
      assertThat(log.withStackTraces()).isEmpty();
    }

    ChatStreamTests.assertSequence(events);
    JsonNode answer = mapper.readTree(events.get(events.size() - 2).data());
    assertThat(answer.get("mode").textValue()).isEqualTo("extractive");
    assertThat(answer.get("notice").textValue()).contains("429");
    assertThat(ChatStreamTests.deltaText(events)).isEqualTo(answer.get("answer").textValue());
  }

  @Test
  void clientDisconnectingMidStreamCancelsTheGeneration() throws Exception {
    // 30 s of generation, so a loaded machine that notices the hang-up late still stops it early.
    int pieces = 1500;
    model.then(Reply.trickle(Collections.nCopies(pieces, "word "), Duration.ofMillis(20)));

    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      hangUpMidStreamAndAwaitTheGenerationStopped(pieces);
      // The words never end a sentence, so no text is written after the hang-up that would show
      // it: the model's timeout may be what ends the generation, with its one warning.
      assertThat(log.lines(Level.WARN))
          .hasSizeLessThanOrEqualTo(1)
          .allMatch(
              line ->
                  line.startsWith(
                      "WARN LlmAnswerer: The model failed (no whole reply from the model within"));
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  private void hangUpMidStreamAndAwaitTheGenerationStopped(int pieces) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      send(socket, GROKKING);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = in.readLine();
      } while (line != null && !line.equals("event: delta"));
      assertThat(line).as("a first delta arrived").isEqualTo("event: delta");
    }

    assertThat(model.awaitClientGone(Duration.ofSeconds(25)))
        .as("the model server saw its client hang up")
        .isTrue();
    int written = model.piecesWritten();
    assertThat(written).as("generation stopped early").isLessThan(pieces);
    awaitNoAnswerInFlight();
    TimeUnit.MILLISECONDS.sleep(200);
    assertThat(model.piecesWritten()).as("and stays stopped").isEqualTo(written);
  }

  /**
   * A model may keep an answer silent for its timeout twice over. Jetty ends connections idle for
   * 30 s, but not while a request is being handled with no read or write pending: this pins that.
   */
  @Test
  void answerWaitingLongerThanJettysIdleTimeoutStillArrives() throws Exception {
    server.connectionIdleTimeout(Duration.ofSeconds(1));
    try {
      server.answers().pause();
      var chat = server.client().sendAsync(post("/api/chat"), HttpResponse.BodyHandlers.ofString());
      var stream =
          server.client().sendAsync(post("/api/chat/stream"), HttpResponse.BodyHandlers.ofLines());
      TimeUnit.MILLISECONDS.sleep(2500);
      server.answers().resume();

      assertThat(chat.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      HttpResponse<Stream<String>> events = stream.get(10, TimeUnit.SECONDS);
      assertThat(events.statusCode()).isEqualTo(200);
      ChatStreamTests.assertSequence(SseEvents.parse(events.body()));
    } finally {
      server.connectionIdleTimeout(Duration.ofSeconds(30));
    }
  }

  private HttpRequest post(String path) {
    return HttpRequest.newBuilder(URI.create(server.url(path)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(GROKKING))
        .build();
  }

  private static void send(Socket socket, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/chat/stream HTTP/1.1\r\n"
            + "Host: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\n"
            + "Accept: text/event-stream\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private void awaitNoAnswerInFlight() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.answers().inFlight() > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    assertThat(server.answers().inFlight()).as("the answer thread returned").isZero();
  }
}
