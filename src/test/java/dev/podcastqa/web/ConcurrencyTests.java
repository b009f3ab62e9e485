package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many chat requests at once each get the answer to their own question: every answer, from the real
 * pipeline, cites the chapter of its own topic and keeps its own conversation id.
 */
class ConcurrencyTests {

  private static final int REQUESTS = 50;
  private static final List<String> TOPICS =
      List.of(
          "When do they discuss grokking and sudden generalization?",
          "Where is superposition of features covered?",
          "What do they say about careers in interpretability research?",
          "How do attackers hide instructions in web pages?");
  private static final List<Integer> TOPIC_SECONDS = List.of(2966, 754, 5000, 600);

  private final ObjectMapper mapper = Json.newMapper();

  @Test
  void fiftyConcurrentChatsEachGetTheAnswerToTheirOwnQuestion() throws Exception {
    // Fifty answers at once from one address is what PODCASTQA_MAX_ANSWERS_PER_ADDRESS refuses
    // (AnswerSlotsTests): here it is off, as behind a proxy that all these clients share.
    try (TestServer server = TestServer.startWith(Map.of(Setting.MAX_ANSWERS_PER_ADDRESS, "0"))) {
      // Hold every answer until all fifty requests are inside the service at the same time.
      server.answers().pause();
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        responses.add(server.client().sendAsync(chat(server, i), ofString()));
      }
      awaitInFlight(server, REQUESTS);
      server.answers().resume();

      for (int i = 0; i < REQUESTS; i++) {
        HttpResponse<String> response = responses.get(i).get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
        JsonNode answer = mapper.readTree(response.body());
        assertThat(answer.get("conversationId").textValue()).isEqualTo("c-" + i);
        assertThat(answer.get("citations").get(0).get("startSeconds").intValue())
            .as("citation of request %d", i)
            .isEqualTo(TOPIC_SECONDS.get(i % TOPICS.size()));
      }
    }
  }

  private static String question(int i) {
    return TOPICS.get(i % TOPICS.size());
  }

  private HttpRequest chat(TestServer server, int i) throws Exception {
    String body =
        mapper.writeValueAsString(Map.of("question", question(i), "conversationId", "c-" + i));
    return HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static void awaitInFlight(TestServer server, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (server.answers().inFlight() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.answers().inFlight()).as("answers in flight together").isEqualTo(count);
  }
}
