package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Question;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A question asked while the index server is down is a 503 that says to retry, not a 500. */
class StoreOutageTests {

  /** Answers nothing: every question meets an unreachable Elasticsearch. */
  private static final class DownStore implements AnswerService {
    @Override
    public Answer answer(Question question, AnswerStream stream) {
      throw new StoreUnavailableException(
          "Elasticsearch at http://10.0.0.9:9200 is not reachable (connection refused)");
    }

    @Override
    public Answer.Mode mode() {
      return Answer.Mode.EXTRACTIVE;
    }
  }

  @Test
  void chatWhileTheStoreIsDownIs503WithoutInternals() throws IOException, InterruptedException {
    WebContext context =
        new WebContext(
            new DownStore(),
            new dev.podcastqa.episode.Catalog(
                java.util.List.of(), dev.podcastqa.episode.Transcripts.NONE),
            () -> new Status(false, 3, 0, Answer.Mode.EXTRACTIVE),
            Json.newMapper());
    Javalin app = WebApp.create(context).start("127.0.0.1", 0);
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/chat"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"grokking?\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("\"error\":\"unavailable\"").doesNotContain("10.0.0.9");
      assertThat(log.lines(Level.WARN))
          .containsExactly(
              "WARN ErrorMapper: POST /api/chat failed: Elasticsearch at http://10.0.0.9:9200 is"
                  + " not reachable (connection refused)");
      assertThat(log.withStackTraces()).isEmpty();
    } finally {
      app.stop();
    }
  }
}
