package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Questions within the length limit, of shapes people write or paste, over a real server: each is
 * answered or refused as a question, never a 500 (found by sending them to a running service: a
 * long Chinese question made more than Lucene's 1,024 clauses of one query, and a letter under
 * 1,999 accents left marks alone to embed once its word was taken out).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionShapeTests {

  private final TestServer server = TestServer.start();
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void questionOfManyWordsOrOddMarksIsAnsweredOrRefusedNotAServerError(int shape) throws Exception {
    String question =
        switch (shape) {
          case 0 -> "语".repeat(400); // a long Chinese question: a word per character
          case 1 -> "😀".repeat(1000); // 2,000 UTF-16 characters
          case 2 -> "a" + "\u0301".repeat(1999); // a letter and its accents
          case 3 -> "语言".repeat(1000); // 2,000 characters, 2,000 words
          default -> "grokking ".repeat(222); // 1,998 characters, one word said 222 times
        };
    String body = mapper.writeValueAsString(Map.of("question", question));
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      HttpResponse<String> response = server.postJson("/api/chat", body);

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode answer = mapper.readTree(response.body());
      assertThat(answer.has("answered")).isTrue();
      assertThat(log.lines(Level.ERROR)).isEmpty();
      assertThat(log.withStackTraces()).isEmpty();
    }
  }
}
