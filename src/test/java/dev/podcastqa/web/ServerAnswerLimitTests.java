package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many addresses together cannot hold every answer: with the server-wide limit reached, the next
 * chat, completion or MCP message from any address is refused 503 (with {@code Retry-After}, its
 * channel's JSON body and one warning line), and answered again once an answer ends. Over real HTTP
 * on loopback; the refused address, 127.0.0.3, has nothing in progress of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAnswerLimitTests {

  private static final String QUESTION = "{\"question\": \"What is grokking?\"}";
  private static final String COMPLETION =
      "{\"model\": \"podcast-qa\", \"messages\": [{\"role\": \"user\", \"content\": \"What is"
          + " grokking?\"}]}";
  private static final String MCP_CALL =
      "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/call\", \"params\": {\"name\":"
          + " \"ask\", \"arguments\": {\"question\": \"What is grokking?\"}}}";
  private static final String HEADERS =
      "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n";
  private static final String DETAIL =
      "The service is answering as many questions as it can at once; ask again in a moment.";

  private final TestServer server =
      TestServer.startWithAgents("", Map.of(Setting.MAX_ANSWERS, "2"));
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void anyAddressIsRefusedWhileTheServerHasItsLimitInProgress() throws Exception {
    server.answers().pause();
    List<CompletableFuture<HttpResponse<Stream<String>>>> streams = List.of(stream(), stream());
    awaitInFlight(2);

    try (LogCapture everything = LogCapture.everything();
        LogCapture log = LogCapture.silencing(AnswerSlots.class)) {
      RawHttp.Reply chat = post("/api/chat", QUESTION);
      RawHttp.Reply completion = post("/v1/chat/completions", COMPLETION);
      RawHttp.Reply mcp = post("/mcp", MCP_CALL);

      for (RawHttp.Reply reply : List.of(chat, completion, mcp)) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.hasHeader("Retry-After", "1")).isTrue();
        assertThat(reply.hasHeader("Content-Type", "application/json; charset=utf-8")).isTrue();
      }
      JsonNode api = mapper.readTree(chat.body());
      assertThat(api.get("error").textValue()).isEqualTo("overloaded");
      assertThat(api.get("detail").textValue()).isEqualTo(DETAIL);
      JsonNode openAi = mapper.readTree(completion.body()).get("error");
      assertThat(openAi.get("type").textValue()).isEqualTo("server_error");
      assertThat(openAi.get("code").textValue()).isEqualTo("overloaded");
      assertThat(openAi.get("message").textValue()).isEqualTo(DETAIL);
      JsonNode rpc = mapper.readTree(mcp.body());
      assertThat(rpc.get("jsonrpc").textValue()).isEqualTo("2.0");
      assertThat(rpc.get("error").get("message").textValue()).isEqualTo(DETAIL);
      assertThat(log.lines(Level.DEBUG))
          .hasSize(3)
          .first()
          .asString()
          .isEqualTo(
              "WARN AnswerSlots: 503 for POST /api/chat from 127.0.0.3: overloaded: 2 answers are"
                  + " in progress, the limit of the whole server (PODCASTQA_MAX_ANSWERS)");
      assertThat(log.withStackTraces()).isEmpty();
      assertThat(everything.lines(Level.DEBUG)).isEmpty();
    }
    assertThat(server.answers().inFlight()).as("no refused request was answered").isEqualTo(2);
    assertThat(server.answerSlots().inProgress("127.0.0.3")).as("its slot given back").isZero();

    server.answers().resume();
    for (var stream : streams) {
      assertThat(stream.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
    awaitAllFree();
    assertThat(post("/api/chat", QUESTION).status())
        .as("answered again once the answers in progress ended")
        .isEqualTo(200);
    awaitAllFree();
  }

  private RawHttp.Reply post(String path, String body) {
    return RawHttp.post(server.port(), "127.0.0.3", path, HEADERS, body);
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

  private void awaitAllFree() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.answerSlots().inProgress() > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(10);
    }
    assertThat(server.answerSlots().inProgress()).isZero();
  }
}
