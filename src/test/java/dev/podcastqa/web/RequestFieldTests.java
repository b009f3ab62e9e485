package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields of our own JSON routes, over real HTTP: a field a route does not take, a field sent
 * twice, of the wrong type, empty or too long, and anything after the JSON object, each get a 400
 * whose body names the field and says what is wrong, and one log line; nothing is answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFieldTests {

  private static final String TOKEN = "adm1n-t0ken";
  private static final String CHAT_FIELDS =
      "This address takes question, conversationId, episodeId, podcast, from, to.";

  private final TestServer server = TestServer.startWith(Map.of(Setting.ADMIN_TOKEN, TOKEN));
  private final ObjectMapper mapper = Json.newMapper();

  /** The one log line each client mistake here makes, kept off the console. */
  private final LogCapture clientMistakes = LogCapture.silencing(ErrorMapper.class);

  @AfterAll
  void stop() {
    clientMistakes.close();
    server.close();
  }

  /** How many lines {@link #clientMistakes} held when the last refusal was checked. */
  private int logged;

  @BeforeEach
  void reset() {
    server.answers().reset();
    logged = clientMistakes.lines(Level.INFO).size();
  }

  @Test
  void misspeltQuestionIsRefusedNamingTheFieldMeant() throws IOException {
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      HttpResponse<String> response =
          server.postJson("/api/chat", "{\"questoin\": \"What is grokking?\"}");

      String detail = "Unknown field \"questoin\" (did you mean \"question\"?). " + CHAT_FIELDS;
      assertError(response, "unknown_field", "questoin", detail);
      assertThat(log.lines(Level.INFO))
          .containsExactly(
              "INFO ErrorMapper: 400 for POST /api/chat from 127.0.0.1: unknown_field: " + detail);
      assertThat(log.withStackTraces()).isEmpty();
    }
    assertThat(server.answers().received()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "podcst, podcast",
    "episode_id, episodeId",
    "episodeID, episodeId",
    "conversation_id, conversationId",
    "form, from",
    "Question, question"
  })
  void misspeltFilterIsRefusedNamingTheFieldMeant(String sent, String meant) throws IOException {
    String body = "{\"question\": \"What is grokking?\", \"" + sent + "\": \"x\"}";

    HttpResponse<String> response = server.postJson("/api/chat", body);

    String detail =
        "Unknown field \"" + sent + "\" (did you mean \"" + meant + "\"?). " + CHAT_FIELDS;
    assertError(response, "unknown_field", sent, detail);
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void unknownFieldsFarFromAnyAreNamedWithoutAGuess() throws IOException {
    String body =
        "{\"question\": \"What is grokking?\", \"temperature\": 0.2, \"q\": \"x\", \"id\": 1}";

    HttpResponse<String> response = server.postJson("/api/chat", body);

    assertError(
        response,
        "unknown_field",
        "temperature",
        "Unknown fields \"temperature\", \"q\", \"id\". " + CHAT_FIELDS);
  }

  @Test
  void streamedChatRefusesUnknownFieldsToo() throws IOException {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/chat/stream")))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"question\": \"hi\", \"podcst\": \"x\"}"))
                .build());

    assertError(
        response,
        "unknown_field",
        "podcst",
        "Unknown field \"podcst\" (did you mean \"podcast\"?). " + CHAT_FIELDS);
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void fieldSentTwiceIsRefusedNamingIt() throws IOException {
    HttpResponse<String> response =
        server.postJson(
            "/api/chat", "{\"question\": \"What is grokking?\", \"question\": \"Who is Neel?\"}");

    assertError(
        response,
        "duplicate_field",
        "question",
        "The body names the field \"question\" more than once; send it once.");
    assertThat(server.answers().received()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"question\": \"hi\"} {\"question\": \"again\"}|1, column 18",
        "{\"question\": \"hi\"}garbage|1, column 18",
        "{\"question\": \"hi\"}]|1, column 18"
      })
  void anythingAfterTheObjectIsRefusedSayingWhereItEnds(String body, String end)
      throws IOException {
    HttpResponse<String> response = server.postJson("/api/chat", body);

    assertError(
        response,
        "invalid_json",
        null,
        "The body goes on after its JSON object, which ends at line "
            + end
            + "; send one JSON object.");
    assertThat(server.answers().received()).isEmpty();
  }

  /** Both were "The body is not valid JSON.", with no place to look. */
  @Test
  void bodyPastTheParsersLimitsSaysWhichLimit() throws IOException {
    String deep = "[".repeat(70) + "]".repeat(70);
    String digits = "1" + "0".repeat(1200);

    assertError(
        server.postJson("/api/chat", "{\"question\": \"hi\", \"from\": " + deep + "}"),
        "invalid_json",
        null,
        "The body nests objects and arrays more than 64 deep.");
    assertError(
        server.postJson("/api/chat", "{\"question\": \"hi\", \"from\": " + digits + "}"),
        "invalid_json",
        null,
        "The body has a number of more than 1000 digits.");
  }

  @Test
  void endOfTheObjectIsCountedInLinesAndColumns() throws IOException {
    HttpResponse<String> response = server.postJson("/api/chat", "{\"question\": \"hi\"\n  }\n]");

    assertError(
        response,
        "invalid_json",
        null,
        "The body goes on after its JSON object, which ends at line 2, column 3; send one JSON"
            + " object.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"episodeId\": 7|episodeId|episodeId must be a string, not a number.",
        "\"podcast\": [\"Test Tones\"]|podcast|podcast must be a string, not an array.",
        "\"from\": true|from|from must be a string, not true.",
        "\"conversationId\": {}|conversationId|conversationId must be a string, not an object."
      })
  void fieldOfTheWrongTypeIsRefusedSayingWhatWasSent(String field, String name, String detail)
      throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", "{\"question\": \"What is grokking?\", " + field + "}");

    assertError(response, "invalid_field", name, detail);
  }

  @ParameterizedTest
  @CsvSource({
    "from, -999999999-01-01",
    "to, +999999999-12-31",
    "from, 0000-01-01",
    "to, +10000-01-01",
    "from, 2023-02-30",
    "to, 2023-1-31"
  })
  void dateOutsideTheCalendarIsRefusedNamingTheField(String name, String date) throws IOException {
    String body = "{\"question\": \"What is grokking?\", \"" + name + "\": \"" + date + "\"}";
    String detail = name + " must be a date like 2023-01-31 (years 0001 to 9999).";

    assertError(server.postJson("/api/chat", body), "invalid_field", name, detail);
    assertError(server.postJson("/api/chat/stream", body), "invalid_field", name, detail);
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void firstAndLastDaysOfFourDigitYearsAreTaken() throws IOException {
    HttpResponse<String> response =
        server.postJson(
            "/api/chat",
            "{\"question\": \"What is grokking?\", \"from\": \" 0001-01-01 \","
                + " \"to\": \"9999-12-31\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"episodeId|\"\"", "podcast|\"   \"", "conversationId|\"\"", "from|\" \\t\""})
  void emptyOptionalFieldIsRefusedRatherThanIgnored(String name, String value) throws IOException {
    HttpResponse<String> response =
        server.postJson(
            "/api/chat", "{\"question\": \"What is grokking?\", \"" + name + "\": " + value + "}");

    assertError(
        response,
        "invalid_field",
        name,
        name + " is empty; leave the field out when it has no value.");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void nullOptionalFieldIsTheFieldLeftOut() {
    String body =
        "{\"question\": \"What is grokking?\", \"episodeId\": null, \"conversationId\": null}";

    assertThat(server.postJson("/api/chat", body).statusCode()).isEqualTo(200);
  }

  @Test
  void overlongFilterIsRefusedSayingTheLimit() throws IOException {
    String body =
        "{\"question\": \"What is grokking?\", \"episodeId\": \"" + "a".repeat(301) + "\"}";

    assertError(
        server.postJson("/api/chat", body),
        "invalid_field",
        "episodeId",
        "episodeId is 301 characters long; the limit is 300.");
  }

  @Test
  void questionOfTheWrongTypeNamesTheQuestionField() throws IOException {
    assertError(
        server.postJson("/api/chat", "{\"question\": 42}"),
        "invalid_question",
        "question",
        "The question must be a string, not a number.");
  }

  @Test
  void fieldNameWithALineBreakStaysOnOneLogLine() throws IOException {
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      HttpResponse<String> response =
          server.postJson("/api/chat", "{\"question\": \"hi\", \"x\\nINFO forged\": 1}");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(response.body()).get("field").textValue())
          .isEqualTo("x\nINFO forged");
      assertThat(log.lines(Level.INFO))
          .singleElement()
          .asString()
          .contains("Unknown field \"x\\u000aINFO forged\"")
          .doesNotContain("\n");
    }
  }

  @Test
  void loneSurrogatesInANameOrAnIdGetAJsonErrorNotA500() throws IOException {
    HttpResponse<String> field =
        server.postJson("/api/chat", "{\"question\": \"What is grokking?\", \"\\ud800\": 1}");
    HttpResponse<String> episode =
        server.postJson(
            "/api/chat", "{\"question\": \"What is grokking?\", \"episodeId\": \"x\\udc00\"}");

    // The parser itself refuses a broken surrogate pair in a name, saying where.
    assertThat(field.statusCode()).as(field.body()).isEqualTo(400);
    assertThat(mapper.readTree(field.body()).get("detail").textValue())
        .isEqualTo("The body is not valid JSON (line 1, column 42).");
    assertThat(episode.statusCode()).as(episode.body()).isEqualTo(404);
    assertThat(mapper.readTree(episode.body()).get("error").textValue())
        .isEqualTo("episode_not_found");
  }

  @Test
  void feedbackRefusesAMisspeltRatingAndAnEmptyComment() throws IOException {
    String answerId =
        mapper
            .readTree(server.postJson("/api/chat", "{\"question\": \"What is grokking?\"}").body())
            .get("answerId")
            .textValue();

    assertError(
        server.postJson("/api/feedback", "{\"answerId\": \"" + answerId + "\", \"ratng\": \"up\"}"),
        "unknown_field",
        "ratng",
        "Unknown field \"ratng\" (did you mean \"rating\"?). This address takes answerId, rating,"
            + " comment.");
    assertError(
        server.postJson(
            "/api/feedback",
            "{\"answerId\": \"" + answerId + "\", \"rating\": \"up\", \"comment\": \" \"}"),
        "invalid_field",
        "comment",
        "comment is empty; leave the field out when it has no value.");
    assertThat(
            server
                .postJson(
                    "/api/feedback",
                    "{\"answerId\": \"" + answerId + "\", \"rating\": \"up\", \"comment\": null}")
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void adminRefreshTakesNoFields() throws IOException {
    assertError(
        refresh("{\"feed\": \"https://example.com/feed.xml\"}"),
        "unknown_field",
        "feed",
        "Unknown field \"feed\". This address takes no fields.");
    assertThat(refresh("").statusCode()).isEqualTo(200);
    assertThat(refresh("{}").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownIncludeOfAnEpisodeIsRefused() throws IOException {
    assertError(
        server.get("/api/episodes/" + TestCatalog.NEEL + "?include=transcripts"),
        "invalid_field",
        "include",
        "include takes one value, transcript; leave it out for the episode alone.");
  }

  @Test
  void misspeltQueryParameterIsRefusedNamingTheOneMeant() throws IOException {
    assertError(
        server.get("/api/suggestions?episodeID=" + TestCatalog.NEEL),
        "unknown_query_parameter",
        "episodeID",
        "Unknown query parameter \"episodeID\" (did you mean \"episodeId\"?). This address takes"
            + " ?episodeId.");
    assertError(
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/admin/report?from=2026-01-01")))
                .header("Authorization", "Bearer " + TOKEN)
                .build()),
        "unknown_query_parameter",
        "from",
        "Unknown query parameter \"from\". This address takes ?since.");
  }

  @Test
  void queryParameterGivenTwiceIsRefusedNotReadOnce() throws IOException {
    assertError(
        server.get("/api/suggestions?episodeId=" + TestCatalog.NEEL + "&episodeId=other"),
        "duplicate_query_parameter",
        "episodeId",
        "The query parameter \"episodeId\" is given 2 times; give it once.");
  }

  @Test
  void chatFilterSentInTheAddressIsRefusedNotIgnored() throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat?episodeId=" + TestCatalog.NEEL, "{\"question\": \"hi\"}");

    assertError(
        response,
        "unknown_query_parameter",
        "episodeId",
        "Unknown query parameter \"episodeId\". This address takes no query parameters.");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void healthTakesWhateverParametersAMonitorAdds() {
    assertThat(server.get("/health?probe=uptime-robot&ts=1").statusCode()).isEqualTo(200);
  }

  @Test
  void everyKnownChatFieldIsTaken() {
    String body =
        "{\"question\": \"What is grokking?\", \"conversationId\": \"c-1\", \"episodeId\": \""
            + TestCatalog.NEEL
            + "\", \"podcast\": \"The Inside View\", \"from\": \"2000-01-01\","
            + " \"to\": \"2100-01-01\"}";

    HttpResponse<String> response = server.postJson("/api/chat", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(server.answers().received()).hasSize(1);
  }

  private HttpResponse<String> refresh(String body) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/admin/refresh")))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Checks the status (400), the JSON error body and its fields, and the one log line said since
   * the last check, and returns the body.
   */
  private JsonNode assertError(
      HttpResponse<String> response, String code, String field, String detail) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    JsonNode body = mapper.readTree(response.body());
    assertThat(body.get("error").textValue()).isEqualTo(code);
    assertThat(body.get("detail").textValue()).isEqualTo(detail);
    List<String> lines = clientMistakes.lines(Level.INFO);
    assertThat(lines.subList(logged, lines.size()))
        .as("one log line for the refusal")
        .singleElement()
        .asString()
        .startsWith("INFO ErrorMapper: 400 for ")
        .endsWith(" from 127.0.0.1: " + code + ": " + detail);
    logged = lines.size();
    if (field == null) {
      assertThat(body.has("field")).as("no field named").isFalse();
      assertThat(body.size()).isEqualTo(2);
    } else {
      assertThat(body.get("field").textValue()).isEqualTo(field);
      assertThat(body.size()).isEqualTo(3);
    }
    return body;
  }
}
