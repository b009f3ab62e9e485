package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.podcastqa.answer.llm.LlmAnswerer;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.FakeModelServer;
import dev.podcastqa.testing.FakeModelServer.Reply;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.PromptPassages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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

  private static final String KEY = "test-key-5c1d";

  /** Long, so that what stops a generation in these tests is never the model's timeout. */
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final FakeModelServer model = FakeModelServer.openAi();
  private final TestServer server = TestServer.startWithModel(model, TIMEOUT, KEY);
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
  void clientHangingUpMidSentenceCancelsTheGenerationLongBeforeTheModelTimeout() throws Exception {
    // 30 s of words that never end a sentence: nothing is ready to send when the client hangs up,
    // so only the stream's keep-alive comments can show that it has gone.
    int pieces = 1500;
    model.then(Reply.trickle(Collections.nCopies(pieces, "word "), Duration.ofMillis(20)));

    try (LogCapture models = LogCapture.silencing(LlmAnswerer.class);
        LogCapture streams = LogCapture.silencing(ChatStreamController.class)) {
      List<String> received = new ArrayList<>();
      long hungUp = hangUpOnceTheModelIsMidSentence(received);

      assertThat(model.awaitClientGone(Duration.ofSeconds(5)))
          .as("the model's request closed soon after the hang-up (its timeout is %s)", TIMEOUT)
          .isTrue();
      Duration noticed = Duration.ofNanos(System.nanoTime() - hungUp);
      assertThat(noticed).as("noticed within a second or so").isLessThan(Duration.ofSeconds(3));
      int written = model.piecesWritten();
      assertThat(written).as("generation stopped early").isLessThan(pieces);
      awaitNoAnswerInFlight();
      TimeUnit.MILLISECONDS.sleep(200);
      assertThat(model.piecesWritten()).as("and stays stopped").isEqualTo(written);

      assertThat(received).as("only keep-alive comments came").contains(": keep-alive");
      assertThat(received).noneMatch(line -> line.startsWith("event:"));
      assertThat(models.lines(Level.DEBUG)).isEmpty();
      assertThat(streams.lines(Level.DEBUG))
          .singleElement()
          .asString()
          .startsWith("INFO ChatStreamController: Stopped a streamed answer: the client left (");
      assertThat(models.withStackTraces()).isEmpty();
    }
  }

  /**
   * A model that sends its headers at once, then only comment lines while it queues or reads the
   * prompt, gives LangChain4j no handle to stop it until its first token: a reader who hangs up
   * meanwhile must still close the model's connection, on the web chat's stream and on the
   * OpenAI-compatible one.
   */
  @Test
  void clientHangingUpBeforeTheFirstTokenClosesTheModelsConnection() throws Exception {
    String completion =
        "{\"model\": \"podcast-qa\", \"stream\": true, \"messages\": [{\"role\": \"user\","
            + " \"content\": \"What is grokking?\"}]}";
    for (String[] route :
        List.of(
            new String[] {"/api/chat/stream", GROKKING},
            new String[] {"/v1/chat/completions", completion})) {
      model.reset();
      model.then(Reply.thinking(Duration.ofSeconds(8), "Grokking is sudden generalization."));
      try (LogCapture models = LogCapture.silencing(LlmAnswerer.class);
          LogCapture streams = LogCapture.silencing(ChatStreamController.class);
          LogCapture completions = LogCapture.silencing("dev.podcastqa.openai")) {
        long hungUp = hangUpWhileTheModelThinks(route[0], route[1]);

        assertThat(model.awaitClientGone(Duration.ofSeconds(3)))
            .as("%s: the model's connection closed soon after the hang-up", route[0])
            .isTrue();
        Duration noticed = Duration.ofNanos(System.nanoTime() - hungUp);
        assertThat(noticed).as("noticed within a second or so").isLessThan(Duration.ofSeconds(3));
        assertThat(model.piecesWritten()).as("no token was ever sent").isZero();
        awaitNoAnswerInFlight();
        assertThat(models.lines(Level.DEBUG)).isEmpty();
        assertThat(models.withStackTraces()).isEmpty();
        assertThat(streams.withStackTraces()).isEmpty();
        assertThat(completions.withStackTraces()).isEmpty();
      }
    }
  }

  /**
   * Sends {@code json} to {@code path} on a raw socket, hangs up once the model has had the request
   * for a second (the stream's keep-alives are flowing), and returns when it did.
   */
  private long hangUpWhileTheModelThinks(String path, String json) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      send(socket, path, json);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (model.requests().isEmpty() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      assertThat(model.requests()).as("the model has the request").hasSize(1);
      TimeUnit.MILLISECONDS.sleep(1000);
      InputStream in = socket.getInputStream();
      assertThat(new String(in.readNBytes(in.available()), StandardCharsets.UTF_8))
          .as("the stream had begun")
          .contains(": keep-alive");
    }
    return System.nanoTime();
  }

  /**
   * The official OpenAI Java client reads a streamed completion whose first sentence takes longer
   * than the keep-alive interval, so comment lines come before its first chunk.
   */
  @Test
  void openAiClientReadsAStreamedCompletionWithKeepAlivesInIt() throws IOException {
    model.otherwise(
        request ->
            Reply.trickle(
                inPiecesOf(3, PromptPassages.of(request).quoting(1, 2)), Duration.ofMillis(40)));
    String raw =
        server
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + KEY)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"model\": \"podcast-qa\", \"stream\": true, \"messages\":"
                                + " [{\"role\": \"user\", \"content\": \"What is grokking?\"}]}"))
                    .build())
            .body();
    assertThat(raw).as("the raw stream").contains(": keep-alive\n\n");

    StringBuilder streamed = new StringBuilder();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .baseUrl(server.url("/v1"))
            .apiKey(KEY)
            .maxRetries(0)
            .timeout(Duration.ofSeconds(60))
            .build();
    try (StreamResponse<ChatCompletionChunk> stream =
        client
            .chat()
            .completions()
            .createStreaming(
                ChatCompletionCreateParams.builder()
                    .model("podcast-qa")
                    .addUserMessage("What is grokking?")
                    .build())) {
      stream.stream().forEach(chunks::add);
    } finally {
      client.close();
    }
    for (ChatCompletionChunk chunk : chunks) {
      chunk.choices().forEach(choice -> choice.delta().content().ifPresent(streamed::append));
    }
    assertThat(chunks).hasSizeGreaterThan(2);
    assertThat(streamed.toString()).contains("[1]").contains("[2]");
  }

  private static List<String> inPiecesOf(int size, String text) {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < text.length(); i += size) {
      pieces.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return pieces;
  }

  /**
   * Sends the question on a raw socket, reads what comes until the model has streamed a second of
   * words, keeping the lines in {@code received}, and hangs up; returns when it did.
   */
  private long hangUpOnceTheModelIsMidSentence(List<String> received) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      send(socket, GROKKING);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (model.piecesWritten() < 50 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(20);
      }
      assertThat(model.piecesWritten()).as("the model is streaming").isGreaterThanOrEqualTo(50);
      InputStream in = socket.getInputStream();
      byte[] available = in.readNBytes(in.available());
      new String(available, StandardCharsets.UTF_8).lines().forEach(received::add);
    }
    return System.nanoTime();
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
    send(socket, "/api/chat/stream", json);
  }

  private static void send(Socket socket, String path, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\n"
            + "Authorization: Bearer "
            + KEY
            + "\r\n"
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
