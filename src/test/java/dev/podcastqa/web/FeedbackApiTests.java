package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.feedback.Thumb;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Answer ids on answers and {@code POST /api/feedback}, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackApiTests {

  private final ObjectMapper mapper = Json.newMapper();
  private final Path kept = temporaryFolder();
  private final TestServer server =
      TestServer.startWith(Map.of(Setting.FEEDBACK_DB, kept.resolve("feedback.db").toString()));

  @TempDir Path dir;

  @AfterAll
  void stop() throws IOException {
    server.close();
    try (var files = Files.walk(kept)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void answersCarryAnIdThatFeedbackTakes() throws IOException {
    String answerId = answerId(server, "What is grokking?");

    HttpResponse<String> up =
        server.postJson(
            "/api/feedback", "{\"answerId\": \"" + answerId + "\", \"rating\": \"up\"}");
    HttpResponse<String> down =
        server.postJson(
            "/api/feedback",
            "{\"answerId\": \"" + answerId + "\", \"rating\": \"down\", \"comment\": \"vague\"}");

    assertThat(answerId).matches("a-[0-9a-f]{20}");
    assertThat(up.statusCode()).isEqualTo(204);
    assertThat(up.body()).isEmpty();
    assertThat(down.statusCode()).isEqualTo(204);
  }

  @Test
  void streamedAnswersCarryTheIdInTheCitationsAndDoneEvents() throws IOException {
    List<SseEvents.Event> events =
        SseEvents.parse(
            ChatStreamTests.stream(server, "{\"question\": \"What is grokking?\"}").body());

    ChatStreamTests.assertSequence(events);
    JsonNode answer = mapper.readTree(events.get(events.size() - 2).data());
    JsonNode done = mapper.readTree(events.get(events.size() - 1).data());
    String answerId = answer.get("answerId").textValue();
    assertThat(answerId).matches("a-[0-9a-f]{20}");
    assertThat(done.get("answerId").textValue()).isEqualTo(answerId);
    assertThat(
            server
                .postJson(
                    "/api/feedback", "{\"answerId\": \"" + answerId + "\", \"rating\": \"down\"}")
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void badFeedbackIsA400SayingWhatIsWrong() throws IOException {
    String id = answerId(server, "What is grokking?");
    String tooLong = "x".repeat(Thumb.MAX_COMMENT_LENGTH + 1);
    Map<String, String> cases =
        Map.of(
            "{\"answerId\": \"a-00000000000000000000\", \"rating\": \"up\"}",
            "unknown_answer",
            "{\"answerId\": \"c-42\", \"rating\": \"up\"}",
            "unknown_answer",
            "{\"answerId\": \"" + id + "\", \"rating\": \"meh\"}",
            "invalid_feedback",
            "{\"answerId\": \"" + id + "\"}",
            "invalid_field",
            "{\"rating\": \"up\"}",
            "invalid_field",
            "{\"answerId\": 42, \"rating\": \"up\"}",
            "invalid_field",
            "{\"answerId\": \"" + id + "\", \"rating\": \"up\", \"comment\": 3}",
            "invalid_field",
            "{\"answerId\": \""
                + id
                + "\", \"rating\": \"down\", \"comment\": \""
                + tooLong
                + "\"}",
            "invalid_feedback",
            "[1, 2]",
            "invalid_json");

    for (Map.Entry<String, String> bad : cases.entrySet()) {
      String shown = bad.getKey().substring(0, Math.min(80, bad.getKey().length()));
      HttpResponse<String> response;
      try (LogCapture log = Refusals.capture()) {
        response = server.postJson("/api/feedback", bad.getKey());
        Refusals.assertLogged(log, Refusals.line(400, "POST /api/feedback", bad.getValue()));
      }
      assertThat(response.statusCode()).as(shown).isEqualTo(400);
      JsonNode error = mapper.readTree(response.body());
      assertThat(error.get("error").textValue()).as(shown).isEqualTo(bad.getValue());
      assertThat(error.get("detail").textValue()).as(shown).isNotBlank();
    }
  }

  @Test
  void anUnwritableFeedbackDatabaseIsOneLogLineAndChatStillAnswers() throws IOException {
    Path notAFolder = dir.resolve("not-a-folder");
    Files.writeString(notAFolder, "a file where the database's folder should be");
    try (LogCapture logs = LogCapture.silencing(FeedbackLog.class);
        TestServer server =
            TestServer.startWith(
                Map.of(Setting.FEEDBACK_DB, notAFolder.resolve("feedback.db").toString()))) {
      HttpResponse<String> chat =
          server.postJson("/api/chat", "{\"question\": \"What is grokking?\"}");
      JsonNode answer = mapper.readTree(chat.body());
      HttpResponse<String> thumb =
          server.postJson(
              "/api/feedback",
              "{\"answerId\": \"" + answer.get("answerId").textValue() + "\", \"rating\": \"up\"}");

      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(answer.get("answered").booleanValue()).isTrue();
      assertThat(thumb.statusCode()).isEqualTo(204);
      assertThat(logs.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN FeedbackLog: Feedback is not kept: cannot create");
      assertThat(logs.withStackTraces()).isEmpty();
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("feedback-api");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String answerId(TestServer server, String question) throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", mapper.writeValueAsString(Map.of("question", question)));
    assertThat(response.statusCode()).isEqualTo(200);
    return mapper.readTree(response.body()).get("answerId").textValue();
  }
}
