package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Discord's source buttons, 👍/👎 buttons, episode autocomplete and private answers, through the
 * real interactions endpoint with requests signed by a real Ed25519 key and Discord's API played by
 * a loopback server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordFeedbackTests {

  private static final String APP = DiscordInteractionsTests.APP;
  private static final String TOKEN = DiscordInteractionsTests.TOKEN;
  private static final String ADMIN = "admin-t0ken";
  private static final AtomicLong IDS = new AtomicLong(5_000_000);

  private final DiscordSigner keys = DiscordSigner.generate();
  private final FakeDiscord discord = FakeDiscord.start();
  private final Path kept = temporaryFolder();
  private final TestServer server =
      TestServer.startWithDiscord(
          discord,
          keys.publicKeyHex(),
          Map.of(
              Setting.FEEDBACK_DB,
              kept.resolve("feedback.db").toString(),
              Setting.ADMIN_TOKEN,
              ADMIN));
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() throws IOException {
    server.close();
    discord.close();
    try (var files = Files.walk(kept)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @BeforeEach
  void reset() throws InterruptedException {
    server.answers().reset();
    discord.reset();
  }

  @Test
  void theAnswerEditCarriesSourceLinkButtonsAndThumbButtons() throws IOException {
    assertThat(signed(ask("What is grokking?", "")).statusCode()).isEqualTo(200);

    JsonNode message = discord.take().json();
    JsonNode rows = message.get("components");

    assertThat(rows.size()).isBetween(2, 5);
    for (JsonNode row : rows) {
      assertThat(row.get("type").intValue()).isEqualTo(1);
      assertThat(row.get("components").size()).isBetween(1, 5);
      for (JsonNode button : row.get("components")) {
        assertThat(button.get("type").intValue()).isEqualTo(2);
        assertThat(button.path("label").asText("")).hasSizeLessThanOrEqualTo(80);
      }
    }
    JsonNode first = rows.get(0).get("components").get(0);
    assertThat(first.get("style").intValue()).isEqualTo(5);
    assertThat(first.get("label").textValue())
        .isEqualTo("▶ 00:49:26 · Neel Nanda on Mechanistic Interpretability");
    assertThat(first.get("url").textValue())
        .isEqualTo(TestServer.PUBLIC_URL + "/episodes/" + TestCatalog.NEEL + "?t=2966");
    JsonNode thumbs = rows.get(rows.size() - 1).get("components");
    assertThat(thumbs).hasSize(2);
    assertThat(thumbs.get(0).get("emoji").get("name").textValue()).isEqualTo("👍");
    assertThat(thumbs.get(0).get("custom_id").textValue()).matches("fb:up:a-[0-9a-f]{20}");
    assertThat(thumbs.get(1).get("emoji").get("name").textValue()).isEqualTo("👎");
    assertThat(thumbs.get(1).get("custom_id").textValue()).matches("fb:down:a-[0-9a-f]{20}");
  }

  @Test
  void aThumbClickIsVerifiedLikeACommandAndKeptWithoutTheUser() throws IOException {
    signed(ask("What is grokking?", ""));
    JsonNode rows = discord.take().json().get("components");
    String down = rows.get(rows.size() - 1).get("components").get(1).get("custom_id").textValue();
    String answerId = down.substring("fb:down:".length());
    String click = click(down);

    HttpResponse<String> forged;
    HttpResponse<String> response;
    HttpResponse<String> replay;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      forged = post(click, keys.sign(DiscordSigner.now(), "{}"));
      response = signed(click);
      replay = signed(click);
      Refusals.assertLogged(
          log,
          Refusals.line(401, "POST /discord/interactions", "invalid_signature"),
          Refusals.line(409, "POST /discord/interactions", "duplicate_interaction"));
    }

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode reply = mapper.readTree(response.body());
    assertThat(reply.get("type").intValue()).isEqualTo(4);
    assertThat(reply.get("data").get("flags").intValue()).isEqualTo(64);
    assertThat(reply.get("data").get("content").textValue()).startsWith("Thanks");
    assertThat(replay.statusCode()).isEqualTo(409);

    JsonNode report = adminReport();
    assertThat(report.get("totals").get("thumbsDown").intValue()).isEqualTo(1);
    assertThat(report.get("thumbsDown").get(0).get("answerId").textValue()).isEqualTo(answerId);
    assertThat(report.get("thumbsDown").get(0).get("question").textValue())
        .isEqualTo("What is grokking?");
    assertThat(report.toString()).doesNotContain("member").doesNotContain("user");
  }

  @Test
  void aClickOnAnUnknownAnswerIsThankedNotCountedAndAStrangeButtonIs400() throws IOException {
    HttpResponse<String> unknown;
    HttpResponse<String> strange;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      unknown = signed(click("fb:up:a-00000000000000000000"));
      strange = signed(click("something-else"));
      Refusals.assertLogged(
          log,
          Refusals.line(400, "POST /discord/interactions", "unsupported_interaction")
              + "Unknown button.");
    }

    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(unknown.body()).get("data").get("content").textValue())
        .contains("no longer kept");
    assertThat(strange.statusCode()).isEqualTo(400);
    assertThat(mapper.readTree(strange.body()).get("error").textValue())
        .isEqualTo("unsupported_interaction");
  }

  @Test
  void theEpisodeOptionCompletesWithTheEpisodesMatchingWhatWasTyped() throws IOException {
    JsonNode neel = mapper.readTree(signed(autocomplete("neel INTERP")).body());
    JsonNode none = mapper.readTree(signed(autocomplete("zzzz")).body());
    JsonNode all = mapper.readTree(signed(autocomplete("")).body());

    assertThat(neel.get("type").intValue()).isEqualTo(8);
    assertThat(neel.get("data").get("choices")).hasSize(1);
    JsonNode choice = neel.get("data").get("choices").get(0);
    assertThat(choice.get("value").textValue()).isEqualTo(TestCatalog.NEEL);
    assertThat(choice.get("name").textValue())
        .startsWith("Neel Nanda on Mechanistic Interpretability");
    assertThat(none.get("data").get("choices")).isEmpty();
    List<String> values = new ArrayList<>();
    all.get("data").get("choices").forEach(c -> values.add(c.get("value").textValue()));
    assertThat(values)
        .hasSizeBetween(3, 25)
        .contains(TestCatalog.NEEL, TestCatalog.INJECTION, TestCatalog.SHORT);
  }

  @Test
  void aPrivateAskIsDeferredSoThatOnlyTheAskerSeesTheAnswer() throws IOException {
    HttpResponse<String> response =
        signed(ask("What is grokking?", ", {\"name\": \"private\", \"type\": 5, \"value\": true}"));

    assertThat(mapper.readTree(response.body()))
        .isEqualTo(
            mapper.readTree(
                "{\"type\": 5, \"data\": {\"flags\": 64, "
                    + "\"embeds\": [], \"allowed_mentions\": {\"parse\": []}}}"));
    assertThat(discord.take().json().get("content").textValue()).contains("grokking");
  }

  private JsonNode adminReport() throws IOException {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/admin/report")))
                .header("Authorization", "Bearer " + ADMIN)
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    return mapper.readTree(response.body());
  }

  private static String ask(String question, String moreOptions) {
    return "{\"type\": 2, \"id\": \""
        + IDS.incrementAndGet()
        + "\", \"application_id\": \""
        + APP
        + "\", \"token\": \""
        + TOKEN
        + "\", \"data\": {\"id\": \"7\", \"name\": \"ask\","
        + " \"type\": 1, \"options\": [{\"name\": \"question\", \"type\": 3, \"value\": \""
        + question
        + "\"}"
        + moreOptions
        + "]}}";
  }

  private static String autocomplete(String typed) {
    return "{\"type\": 4, \"id\": \""
        + IDS.incrementAndGet()
        + "\", \"application_id\": \""
        + APP
        + "\", \"token\": \""
        + TOKEN
        + "\", \"data\": {\"id\": \"7\", \"name\": \"ask\","
        + " \"type\": 1, \"options\": [{\"name\": \"question\", \"type\": 3, \"value\": \"\"},"
        + " {\"name\": \"episode\", \"type\": 3, \"value\": \""
        + typed
        + "\", \"focused\": true}]}}";
  }

  private static String click(String customId) {
    return "{\"type\": 3, \"id\": \""
        + IDS.incrementAndGet()
        + "\", \"application_id\": \""
        + APP
        + "\", \"token\": \""
        + TOKEN
        + "\", \"data\": {\"custom_id\": \""
        + customId
        + "\", \"component_type\": 2}, \"member\": {\"user\": {\"id\": \"42\"}}}";
  }

  private HttpResponse<String> signed(String body) {
    return post(body, null);
  }

  private HttpResponse<String> post(String body, String signature) {
    String timestamp = DiscordSigner.now();
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/discord/interactions")))
            .header("Content-Type", "application/json")
            .header(
                "X-Signature-Ed25519", signature != null ? signature : keys.sign(timestamp, body))
            .header("X-Signature-Timestamp", timestamp)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("discord-feedback");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
