package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback given over the API, kept across a restart and read back from the admin report. */
class FeedbackReportTests {

  private static final String TOKEN = "report-t0ken";
  private static final String REFUSED = "Who won the 1966 World Cup?";

  private final ObjectMapper mapper = Json.newMapper();

  @TempDir Path dir;

  @Test
  void feedbackIsKeptAcrossARestartAndShowsInTheAdminReport() throws IOException {
    Map<Setting, String> settings =
        Map.of(
            Setting.FEEDBACK_DB, dir.resolve("feedback.db").toString(), Setting.ADMIN_TOKEN, TOKEN);
    String grokking;
    try (TestServer server = TestServer.startWith(settings)) {
      grokking = answerId(server, "What is grokking?");
      answerId(server, REFUSED);
      HttpResponse<String> thumb =
          server.postJson(
              "/api/feedback",
              mapper.writeValueAsString(
                  Map.of("answerId", grokking, "rating", "down", "comment", "Too short")));
      assertThat(thumb.statusCode()).isEqualTo(204);
    }

    try (TestServer server = TestServer.startWith(settings)) {
      HttpResponse<String> response = report(server, "");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode report = mapper.readTree(response.body());
      assertThat(report.get("since").isNull()).isTrue();
      JsonNode totals = report.get("totals");
      assertThat(totals.get("questions").intValue()).isEqualTo(2);
      assertThat(totals.get("answered").intValue()).isEqualTo(1);
      assertThat(totals.get("refused").intValue()).isEqualTo(1);
      assertThat(totals.get("thumbsDown").intValue()).isEqualTo(1);
      assertThat(report.get("refused").get(0).get("question").textValue()).isEqualTo(REFUSED);
      assertThat(report.get("topics").findValuesAsText("term")).contains("grokking");
      assertThat(report.get("chapters").get(0).get("episodeId").textValue())
          .isEqualTo(TestCatalog.NEEL);
      JsonNode down = report.get("thumbsDown").get(0);
      assertThat(down.get("answerId").textValue()).isEqualTo(grokking);
      assertThat(down.get("question").textValue()).isEqualTo("What is grokking?");
      assertThat(down.get("comments").get(0).textValue()).isEqualTo("Too short");

      JsonNode future = mapper.readTree(report(server, "?since=2999-01-01").body());
      assertThat(future.get("since").textValue()).isEqualTo("2999-01-01");
      assertThat(future.get("totals").get("questions").intValue()).isZero();
      HttpResponse<String> bad;
      HttpResponse<String> far;
      try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
        bad = report(server, "?since=yesterday");
        // A year LocalDate takes whose first millisecond no long holds: a 400, never a 500.
        far = report(server, "?since=-999999999-01-01");
        String invalidSince =
            Refusals.line(400, "GET /api/admin/report", "invalid_field") + "since must be a date";
        Refusals.assertLogged(log, invalidSince, invalidSince);
      }
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(bad.body()).get("error").textValue()).isEqualTo("invalid_field");
      assertThat(far.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(far.body()).get("field").textValue()).isEqualTo("since");
    }
  }

  private HttpResponse<String> report(TestServer server, String query) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/admin/report" + query)))
            .header("Authorization", "Bearer " + TOKEN)
            .GET()
            .build());
  }

  private String answerId(TestServer server, String question) throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", mapper.writeValueAsString(Map.of("question", question)));
    assertThat(response.statusCode()).isEqualTo(200);
    return mapper.readTree(response.body()).get("answerId").textValue();
  }
}
