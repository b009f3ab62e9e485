package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.web.RawHttp.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One client address cannot hold every answer: past its limit of answers in progress, its next
 * chat, completion or MCP message is refused 429 (with {@code Retry-After}, its channel's JSON body
 * and one log line), while another address is still answered; its slots come back as its answers
 * end. Over real HTTP on loopback, the second address being 127.0.0.2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerSlotsTests {

  private static final String QUESTION = "{\"question\": \"What is grokking?\"}";
  private static final String COMPLETION =
      "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"user\", \"content\": \"What is"
          + " grokking?\"}]}";
  private static final String MCP_CALL =
      "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\":"
          + " \"ask\", \"arguments\": {\"question\": \"What is grokking?\"}}}";

  private final TestServer server =
      TestServer.startWithAgents("", Map.of(Setting.MAX_ANSWERS_PER_ADDRESS, "2"));
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
  void addressPastItsLimitIsRefusedWhileAnotherAddressIsStillAnswered() throws Exception {
    server.answers().pause();
    List<CompletableFuture<HttpResponse<Stream<String>>>> streams =
        List.of(stream(), stream()); // from 127.0.0.1, both held in the answer service
    awaitInFlight(2);

    try (LogCapture log = LogCapture.silencing(AnswerSlots.class)) {
      Reply chat = post("127.0.0.1", "/api/chat", QUESTION);
      Reply completion = post("127.0.0.1", "/v1/chat/completions", COMPLETION);
      Reply mcp = post("127.0.0.1", "/mcp", MCP_CALL);

      assertThat(List.of(chat.status(), completion.status(), mcp.status())).containsOnly(429);
      assertThat(chat.head()).containsIgnoringCase("\r\nRetry-After: 1\r\n");
      assertThat(mapper.readTree(chat.body()).path("error").asText())
          .isEqualTo("too_many_requests");
      JsonNode openAi = mapper.readTree(completion.body()).path("error");
      assertThat(openAi.path("code").asText()).isEqualTo("rate_limit_exceeded");
      assertThat(openAi.path("message").asText()).contains("in progress");
      JsonNode rpc = mapper.readTree(mcp.body());
      assertThat(rpc.path("jsonrpc").asText()).isEqualTo("2.0");
      assertThat(rpc.path("error").path("message").asText()).contains("in progress");
      assertThat(log.lines(Level.DEBUG))
          .hasSize(3)
          .first()
          .asString()
          .isEqualTo(
              "INFO AnswerSlots: 429 for POST /api/chat from 127.0.0.1: too_many_requests: 2"
                  + " answers from this address are in progress, the limit per address"
                  + " (PODCASTQA_MAX_ANSWERS_PER_ADDRESS)");
      assertThat(log.withStackTraces()).isEmpty();
    }
    assertThat(server.answers().inFlight())
        .as("no refused request reached the answers")
        .isEqualTo(2);

    CompletableFuture<Reply> other =
        CompletableFuture.supplyAsync(() -> post("127.0.0.2", "/api/chat", QUESTION));
    awaitInFlight(3);
    server.answers().resume();

    assertThat(other.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
    for (var stream : streams) {
      HttpResponse<Stream<String>> events = stream.get(20, TimeUnit.SECONDS);
      assertThat(events.statusCode()).isEqualTo(200);
      ChatStreamTests.assertSequence(SseEvents.parse(events.body()));
    }
    awaitSlotsFree();
    assertThat(post("127.0.0.1", "/api/chat", QUESTION).status())
        .as("the slots came back once the answers ended")
        .isEqualTo(200);
    awaitSlotsFree();
  }

  @Test
  void requestsThatMakeNoAnswerAreNotCounted() throws Exception {
    server.answers().pause();
    List<CompletableFuture<HttpResponse<Stream<String>>>> streams = List.of(stream(), stream());
    awaitInFlight(2);
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      assertThat(post("127.0.0.1", "/api/feedback", "{}").status()).isEqualTo(400);
      assertThat(log.lines(Level.INFO))
          .singleElement()
          .asString()
          .startsWith("INFO ErrorMapper: 400");
      assertThat(server.get("/health").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/episodes").statusCode()).isEqualTo(200);
    } finally {
      server.answers().resume();
    }
    for (var stream : streams) {
      HttpResponse<Stream<String>> events = stream.get(20, TimeUnit.SECONDS);
      assertThat(events.statusCode()).isEqualTo(200);
      ChatStreamTests.assertSequence(SseEvents.parse(events.body()));
    }
    awaitSlotsFree();
  }

  /** The slots of answers whose last bytes were read come back as their responses end. */
  private void awaitSlotsFree() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.answerSlots().inProgress("127.0.0.1") > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(server.answerSlots().inProgress("127.0.0.1")).isZero();
  }

  private CompletableFuture<HttpResponse<Stream<String>>> stream() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(QUESTION))
            .build();
    return server.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
  }

  private void awaitInFlight(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (server.answers().inFlight() < count && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    assertThat(server.answers().inFlight()).isEqualTo(count);
  }

  /**
   * POSTs {@code json} to {@code path} from the loopback address {@code from}, and reads it all.
   */
  private Reply post(String from, String path, String json) {
    return RawHttp.post(
        server.port(),
        from,
        path,
        "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n",
        json);
  }
}
