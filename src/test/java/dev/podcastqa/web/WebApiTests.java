package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JSON API and the pages, over real HTTP, on the happy paths. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTests {

  private final TestServer server = TestServer.start();
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
  void chatAnswersWithTheContractFieldsAndCitations() throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", "{\"question\": \"What is grokking?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode answer = mapper.readTree(response.body());
    assertThat(names(answer))
        .containsExactlyInAnyOrder(
            "answer", "answered", "mode", "conversationId", "citations", "notice", "answerId");
    assertThat(answer.get("answered").booleanValue()).isTrue();
    assertThat(answer.get("mode").textValue()).isEqualTo("extractive");
    assertThat(answer.get("conversationId").textValue()).startsWith("c-");
    assertThat(answer.get("answer").textValue()).contains("[1]");
    JsonNode citation = answer.get("citations").get(0);
    assertThat(names(citation))
        .containsExactlyInAnyOrder(
            "n",
            "episodeId",
            "episodeTitle",
            "podcast",
            "startSeconds",
            "timestamp",
            "speaker",
            "url",
            "episodeUrl",
            "quote");
    assertThat(citation.get("n").intValue()).isEqualTo(1);
    assertThat(citation.get("episodeId").textValue()).isEqualTo(TestCatalog.NEEL);
    assertThat(citation.get("startSeconds").intValue()).isEqualTo(2966);
    assertThat(citation.get("timestamp").textValue()).isEqualTo("00:49:26");
    assertThat(citation.get("url").textValue()).endsWith("?t=2966");
  }

  @Test
  void chatPassesTheConversationAndFiltersToTheService() throws IOException {
    String body =
        "{\"question\": \"grokking again?\", \"conversationId\": \"c-42\", \"episodeId\": \""
            + TestCatalog.NEEL
            + "\", \"podcast\": \"The Inside View\","
            + " \"from\": \"2023-01-01\", \"to\": \"2023-12-31\"}";

    JsonNode answer = mapper.readTree(server.postJson("/api/chat", body).body());

    assertThat(answer.get("conversationId").textValue()).isEqualTo("c-42");
    var question = server.answers().received().get(0);
    assertThat(question.text()).isEqualTo("grokking again?");
    assertThat(question.conversationId()).isEqualTo("c-42");
    assertThat(question.episodeId()).isEqualTo(TestCatalog.NEEL);
    assertThat(question.podcast()).isEqualTo("The Inside View");
    assertThat(question.from()).hasToString("2023-01-01");
    assertThat(question.to()).hasToString("2023-12-31");
  }

  @Test
  void chatAcceptsJsonWithAUtf8Charset() {
    HttpResponse<String> response =
        server.post(
            "/api/chat", "application/json; charset=UTF-8", "{\"question\": \"grokking?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void unanswerableQuestionIsAnAnswerWithoutCitations() throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/chat", "{\"question\": \"Who won the 1966 World Cup?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = mapper.readTree(response.body());
    assertThat(answer.get("answered").booleanValue()).isFalse();
    assertThat(answer.get("citations")).isEmpty();
  }

  @Test
  void episodesListsEveryEpisodeWithCountsAndPageUrl() throws IOException {
    HttpResponse<String> response = server.get("/api/episodes");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode episodes = mapper.readTree(response.body()).get("episodes");
    assertThat(episodes).hasSize(3);
    JsonNode neel = byId(episodes, TestCatalog.NEEL);
    assertThat(neel.get("id").textValue()).isEqualTo(TestCatalog.NEEL);
    assertThat(neel.get("podcast").textValue()).isEqualTo("The Inside View");
    assertThat(neel.get("published").textValue()).isEqualTo("2023-06-18");
    assertThat(neel.get("durationSeconds").intValue()).isEqualTo(11520);
    assertThat(neel.get("duration").textValue()).isEqualTo("03:12:00");
    assertThat(neel.get("links").get("page").textValue()).startsWith("https://example.com/");
    assertThat(neel.get("chapterCount").intValue()).isEqualTo(5);
    assertThat(neel.get("referenceCount").intValue()).isEqualTo(1);
    assertThat(neel.get("url").textValue()).isEqualTo("/episodes/" + TestCatalog.NEEL);
    assertThat(episodes.findValuesAsText("recent"))
        .as("episodes of 2023 are not new")
        .containsOnly("false")
        .hasSize(3);
  }

  @Test
  void episodeHasTimedChaptersAndReferencesButNoTranscriptByDefault() throws IOException {
    HttpResponse<String> response = server.get("/api/episodes/" + TestCatalog.NEEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode episode = mapper.readTree(response.body());
    JsonNode grokking = episode.get("chapters").get(2);
    assertThat(grokking.get("title").textValue()).isEqualTo("Grokking and Sudden Generalization");
    assertThat(grokking.get("startSeconds").intValue()).isEqualTo(2966);
    assertThat(grokking.get("timestamp").textValue()).isEqualTo("00:49:26");
    assertThat(grokking.get("url").textValue())
        .isEqualTo("/episodes/" + TestCatalog.NEEL + "?t=2966");
    assertThat(episode.get("chapters").get(3).get("sponsor").booleanValue()).isTrue();
    JsonNode reference = episode.get("references").get(0);
    assertThat(reference.get("timestamp").textValue()).isEqualTo("00:51:40");
    assertThat(reference.get("link").textValue()).isEqualTo("https://arxiv.org/abs/2301.05217");
    assertThat(reference.get("url").textValue()).endsWith("?t=3100");
    assertThat(episode.get("description").textValue()).contains("reverse-engineer");
    assertThat(episode.get("transcriptSegments").intValue()).isEqualTo(1);
    assertThat(episode.has("transcript")).isFalse();
    // A local source shows its file name only, never the server's directories.
    assertThat(episode.get("sources").get(0).get("location").textValue()).isEqualTo("neel.txt");
  }

  @Test
  void episodeTranscriptComesOnRequest() throws IOException {
    JsonNode episode =
        mapper.readTree(
            server.get("/api/episodes/" + TestCatalog.NEEL + "?include=transcript").body());

    assertThat(episode.get("transcript")).hasSize(1);
    assertThat(episode.get("transcript").get(0).get("speaker").textValue()).isEqualTo("Neel");
  }

  @Test
  void healthReportsReadinessAndCounts() throws IOException {
    HttpResponse<String> response = server.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = mapper.readTree(response.body());
    assertThat(health.get("ready").booleanValue()).isTrue();
    assertThat(health.get("episodes").intValue()).isEqualTo(3);
    assertThat(health.get("chunks").intValue()).isEqualTo(server.chunkCount()).isPositive();
    assertThat(health.get("mode").textValue()).isEqualTo("extractive");
  }

  @Test
  void chatPageIsServedWithAStrictContentSecurityPolicy() {
    HttpResponse<String> response = server.get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(response.body()).contains("aria-live=\"polite\"").contains("/assets/chat.js");
  }

  @Test
  void episodePageIsServedForAKnownEpisode() {
    HttpResponse<String> response = server.get("/episodes/" + TestCatalog.NEEL + "?t=2966");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/assets/episode.js");
  }

  @Test
  void unknownEpisodePageIsAFriendly404Page() {
    HttpResponse<String> response;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      response = server.get("/episodes/no-such-episode");
      Refusals.assertLogged(
          log, Refusals.line(404, "GET /episodes/no-such-episode", "episode_not_found"));
    }

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("We could not find that page");
  }

  @Test
  void unknownPagePathIsTheFriendly404Page() {
    HttpResponse<String> response;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      response = server.get("/no/such/page");
      Refusals.assertLogged(log, Refusals.line(404, "GET /no/such/page", "not_found"));
    }

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("We could not find that page");
  }

  @Test
  void scriptsAreServedFromTheJar() {
    HttpResponse<String> response = server.get("/assets/chat.js");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    assertThat(response.body()).contains("sendQuestion").doesNotContain("innerHTML =");
  }

  @Test
  void episodesPageAndIconsAreServed() {
    HttpResponse<String> page = server.get("/episodes");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/assets/episodes.js");

    HttpResponse<String> icon = server.get("/favicon.ico");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/");
    assertThat(server.get("/assets/icon.svg").statusCode()).isEqualTo(200);
  }

  @Test
  void suggestionsAskAboutChaptersAndLeaveOutGenericOnes() throws Exception {
    HttpResponse<String> response = server.get("/api/suggestions?episodeId=" + TestCatalog.NEEL);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode suggestions = mapper.readTree(response.body()).get("suggestions");
    List<String> questions = new ArrayList<>();
    suggestions.forEach(s -> questions.add(s.get("question").textValue()));
    assertThat(questions)
        .contains("What do they say about grokking and sudden generalization?")
        .noneMatch(q -> q.contains("Introduction") || q.contains("Sponsors"));
    assertThat(suggestions).allMatch(s -> s.get("episodeId").textValue().equals(TestCatalog.NEEL));
  }

  @Test
  void suggestionsForAnUnknownEpisodeAre404() throws Exception {
    HttpResponse<String> response;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      response = server.get("/api/suggestions?episodeId=no-such-episode");
      Refusals.assertLogged(
          log, Refusals.line(404, "GET /api/suggestions", "episode_not_found") + "No episode");
    }

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(mapper.readTree(response.body()).get("error").textValue())
        .isEqualTo("episode_not_found");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode byId(JsonNode episodes, String id) {
    for (JsonNode episode : episodes) {
      if (id.equals(episode.get("id").textValue())) {
        return episode;
      }
    }
    throw new AssertionError("no episode " + id + " in " + episodes);
  }
}
