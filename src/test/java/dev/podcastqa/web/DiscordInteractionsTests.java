package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /discord/interactions} over a real HTTP connection to the real app, with requests
 * signed as Discord signs them (a real Ed25519 key pair made here) and Discord's API played by a
 * loopback server that records the follow-up edits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordInteractionsTests {

  static final String APP = "123456789012345678";
  static final String TOKEN = "interaction-token_1.abc";

  /** Each interaction Discord sends has an id of its own; a repeated one is a replay. */
  private static final AtomicLong INTERACTION_IDS = new AtomicLong(1_000_000);

  static final String ORIGINAL = "/api/v10/webhooks/" + APP + "/" + TOKEN + "/messages/@original";

  private final DiscordSigner discordKeys = DiscordSigner.generate();
  private final FakeDiscord discord = FakeDiscord.start();
  private final TestServer server =
      TestServer.startWithDiscord(discord, discordKeys.publicKeyHex());
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
    discord.close();
  }

  @BeforeEach
  void reset() throws InterruptedException {
    server.answers().reset();
    discord.reset();
  }

  @Test
  void pingIsAnsweredWithPong() throws IOException {
    HttpResponse<String> response = signed("{\"type\": 1, \"id\": \"1\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(mapper.readTree(response.body())).isEqualTo(mapper.readTree("{\"type\": 1}"));
  }

  @Test
  void askIsDeferredAtOnceThenTheReplyIsEditedIntoTheAnswer() throws IOException {
    server.answers().pause();

    HttpResponse<String> response = signed(ask("What is grokking?", null));

    // The deferral came back while the answer was still held: it is answered off this request.
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(response.body())).isEqualTo(mapper.readTree("{\"type\": 5}"));
    assertThat(discord.received()).isEmpty();
    server.answers().resume();

    FakeDiscord.Request edit = discord.take();
    assertThat(edit.method()).isEqualTo("PATCH");
    assertThat(edit.path()).isEqualTo(ORIGINAL);
    assertThat(edit.header("Authorization")).isNull();
    JsonNode message = edit.json();
    assertWithinDiscordLimits(message);
    String content = message.get("content").textValue();
    assertThat(content).startsWith("> What is grokking?\n").containsIgnoringCase("grokking is");
    assertThat(content).contains("[1]");
    String sources = message.get("embeds").get(0).get("description").textValue();
    assertThat(sources)
        .contains(
            "[Neel Nanda on Mechanistic Interpretability · Neel, 00:49:26]("
                + TestServer.PUBLIC_URL
                + "/episodes/"
                + TestCatalog.NEEL
                + "?t=2966)");
  }

  @Test
  void askLimitedToAnEpisodeAsksTheServiceAboutThatEpisodeOnly() {
    signed(ask("What is grokking?", TestCatalog.NEEL));

    discord.take();
    assertThat(server.answers().received()).hasSize(1);
    assertThat(server.answers().received().get(0).episodeId()).isEqualTo(TestCatalog.NEEL);
  }

  @Test
  void askAboutAnUnknownEpisodeIsRefusedAtOnceToTheAskerOnly() throws IOException {
    JsonNode response = mapper.readTree(signed(ask("What is grokking?", "no-such-episode")).body());

    assertThat(response.get("type").intValue()).isEqualTo(4);
    assertThat(response.get("data").get("flags").intValue()).isEqualTo(64);
    assertThat(response.get("data").get("content").textValue()).contains("no-such-episode");
    assertThat(response.get("data").get("allowed_mentions").get("parse")).isEmpty();
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void failedAnswerTurnsTheReplyIntoAnApologyRatherThanLeavingItThinking() {
    JsonNode message;
    try (LogCapture log = LogCapture.silencing("dev.podcastqa.discord.AskHandler")) {
      server.answers().failNext(new IllegalStateException("the index is on fire"));

      signed(ask("What is grokking?", null));

      message = discord.take().json();
      // Ours to fix, so the operator's log keeps the stack trace.
      assertThat(log.withStackTraces())
          .containsExactly(
              "Answering /ask failed; the reply becomes an apology"
                  + " (java.lang.IllegalStateException)");
    }
    assertThat(message.get("content").textValue()).startsWith("Sorry, something went wrong");
    assertThat(message.get("content").textValue()).doesNotContain("fire");
    assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
    assertThat(message.get("embeds")).isEmpty();
  }

  @Test
  void rateLimitedEditIsRetriedAfterTheWaitDiscordAskedFor() throws IOException {
    discord.enqueue(
        429,
        "{\"message\": \"You are being rate limited.\", \"retry_after\": 1.5, \"global\": false}",
        Map.of("Retry-After", "2"));

    signed(ask("What is grokking?", null));

    FakeDiscord.Request limited = discord.take();
    FakeDiscord.Request retried = discord.take();
    assertThat(discord.events())
        .containsExactly("PATCH " + ORIGINAL, "sleep 1500 ms", "PATCH " + ORIGINAL);
    assertThat(retried.json()).isEqualTo(limited.json());
  }

  @Test
  void tamperedBodyIs401() throws IOException {
    String body = ask("What is grokking?", null);
    String timestamp = DiscordSigner.now();
    String signature = discordKeys.sign(timestamp, body);

    try (LogCapture log = Refusals.capture()) {
      HttpResponse<String> response =
          post(body.replace("grokking", "grokkinG"), signature, timestamp);

      assertRefused(response);
      Refusals.assertLogged(log, INVALID_SIGNATURE);
    }
  }

  @Test
  void signatureMadeWithAnotherKeyIs401() throws IOException {
    String body = "{\"type\": 1}";
    String timestamp = DiscordSigner.now();

    try (LogCapture log = Refusals.capture()) {
      HttpResponse<String> response =
          post(body, DiscordSigner.generate().sign(timestamp, body), timestamp);

      assertRefused(response);
      Refusals.assertLogged(log, INVALID_SIGNATURE);
    }
  }

  @Test
  void staleTimestampIs401EvenWhenCorrectlySigned() throws IOException {
    String body = "{\"type\": 1}";
    String sixMinutesAgo = String.valueOf(Instant.now().minusSeconds(360).getEpochSecond());

    try (LogCapture log = Refusals.capture()) {
      HttpResponse<String> response =
          post(body, discordKeys.sign(sixMinutesAgo, body), sixMinutesAgo);

      assertRefused(response);
      Refusals.assertLogged(log, INVALID_SIGNATURE);
    }
  }

  @Test
  void missingOrMalformedSignatureHeadersAre401() throws IOException {
    String body = "{\"type\": 1}";
    String timestamp = DiscordSigner.now();
    String signature = discordKeys.sign(timestamp, body);

    try (LogCapture log = Refusals.capture()) {
      assertRefused(post(body, null, null));
      assertRefused(post(body, null, timestamp));
      assertRefused(post(body, signature, null));
      assertRefused(post(body, "zz" + signature.substring(2), timestamp));
      assertRefused(post(body, signature.substring(2), timestamp));
      assertRefused(post(body, signature, "yesterday"));
      Refusals.assertLogged(
          log,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE,
          INVALID_SIGNATURE);
    }
  }

  @Test
  void unknownCommandOrTypeIs400Json() throws IOException {
    String command =
        ask("What is grokking?", null).replace("\"name\": \"ask\"", "\"name\": \"play\"");
    try (LogCapture log = Refusals.capture()) {
      JsonNode error = mapper.readTree(expect(signed(command), 400).body());
      assertThat(error.get("error").textValue()).isEqualTo("unsupported_interaction");
      assertThat(error.get("detail").textValue()).contains("/play");

      JsonNode component = mapper.readTree(expect(signed("{\"type\": 3}"), 400).body());
      assertThat(component.get("error").textValue()).isEqualTo("unsupported_interaction");
      expect(signed("not json"), 400);
      String unsupported =
          Refusals.line(400, "POST /discord/interactions", "unsupported_interaction");
      Refusals.assertLogged(
          log,
          unsupported + "Unknown command /play",
          unsupported + "The interaction has no id.",
          unsupported + "The interaction is not valid JSON.");
    }
  }

  @Test
  void shareAnswersTheQuestionAndPostsOnlyTheAnswerToTheWebhook() throws IOException {
    HttpResponse<String> response =
        server.postJson("/api/discord/share", "{\"question\": \"What is grokking? @everyone\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(response.body()).get("shared").booleanValue()).isTrue();
    FakeDiscord.Request post = discord.take();
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.path()).isEqualTo("/api/webhooks/111/webhook-token");
    assertThat(post.query()).isEqualTo("wait=true");
    JsonNode message = post.json();
    assertWithinDiscordLimits(message);
    assertThat(message.get("content").textValue())
        .containsIgnoringCase("grokking is")
        .doesNotContain("What is grokking?")
        .doesNotContain("@everyone");
    assertThat(message.get("embeds").get(0).get("description").textValue())
        .contains("](" + TestServer.PUBLIC_URL + "/episodes/" + TestCatalog.NEEL + "?t=2966)");
  }

  @Test
  void shareRefusesAFieldItDoesNotTakeAndPostsNothing() throws Exception {
    HttpResponse<String> response;
    try (LogCapture log = Refusals.capture()) {
      response =
          server.postJson(
              "/api/discord/share",
              "{\"question\": \"What is grokking?\", \"conversationId\": \"c-1\"}");
      Refusals.assertLogged(
          log, Refusals.line(400, "POST /api/discord/share", "unknown_field") + "Unknown field");
    }

    JsonNode error = mapper.readTree(expect(response, 400).body());
    assertThat(error.get("error").textValue()).isEqualTo("unknown_field");
    assertThat(error.get("field").textValue()).isEqualTo("conversationId");
    assertThat(error.get("detail").textValue())
        .isEqualTo(
            "Unknown field \"conversationId\". This address takes question, episodeId, podcast,"
                + " from, to.");
    assertThat(discord.quietFor(Duration.ofMillis(200))).isTrue();
  }

  /**
   * Discord sends many fields and adds more; only Discord's signature is checked, not its schema.
   */
  @Test
  void interactionWithTheFieldsDiscordSendsAndOnesItMayAddIsAnswered() throws IOException {
    String interaction =
        ask("What is grokking?", null)
            .replaceFirst(
                "\\{",
                "{\"guild_id\": \"1\", \"channel_id\": \"2\", \"locale\": \"en-GB\","
                    + " \"guild_locale\": \"en-US\", \"app_permissions\": \"0\", \"version\": 1,"
                    + " \"member\": {\"user\": {\"id\": \"3\", \"username\": \"listener\"}},"
                    + " \"entitlements\": [], \"context\": 0,"
                    + " \"authorizing_integration_owners\": {\"0\": \"1\"}, \"added_in_2030\": true, ");

    HttpResponse<String> response = signed(interaction);

    assertThat(mapper.readTree(expect(response, 200).body()).get("type").intValue()).isEqualTo(5);
    assertThat(discord.take().json().get("content").textValue())
        .containsIgnoringCase("grokking is");
  }

  @Test
  void shareOfAQuestionTheEpisodesDoNotAnswerPostsNothing() throws Exception {
    HttpResponse<String> response;
    try (LogCapture log = Refusals.capture()) {
      response =
          server.postJson("/api/discord/share", "{\"question\": \"Who won the 1966 World Cup?\"}");
      Refusals.assertLogged(log, Refusals.line(409, "POST /api/discord/share", "nothing_to_share"));
    }

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(mapper.readTree(response.body()).get("error").textValue())
        .isEqualTo("nothing_to_share");
    assertThat(discord.quietFor(Duration.ofMillis(200))).isTrue();
  }

  @Test
  void shareToADeletedWebhookSaysTheWebhookWasDeleted() throws IOException {
    discord.enqueue(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}", Map.of());

    HttpResponse<String> response =
        server.postJson("/api/discord/share", "{\"question\": \"What is grokking?\"}");

    assertThat(response.statusCode()).isEqualTo(502);
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("webhook_deleted");
    assertThat(error.get("detail").textValue()).contains("webhook was deleted");
    assertThat(discord.received()).hasSize(1);
  }

  @Test
  void discordStatusSaysInteractionsAndSharingAreOn() throws IOException {
    JsonNode status = mapper.readTree(server.get("/api/discord").body());

    assertThat(status.get("interactions").booleanValue()).isTrue();
    assertThat(status.get("share").booleanValue()).isTrue();
  }

  /** Content, embed count, sizes and mentions as Discord's limits require of every message. */
  static void assertWithinDiscordLimits(JsonNode message) {
    assertThat(message.get("content").textValue().length()).isLessThanOrEqualTo(2000);
    assertThat(message.get("allowed_mentions").get("parse").isArray()).isTrue();
    assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
    JsonNode embeds = message.get("embeds");
    assertThat(embeds.size()).isBetween(1, 10);
    int total = 0;
    for (JsonNode embed : embeds) {
      String title = embed.path("title").asText("");
      String description = embed.path("description").asText("");
      assertThat(title.length()).isLessThanOrEqualTo(256);
      assertThat(description.length()).isLessThanOrEqualTo(4096);
      total += title.length() + description.length();
    }
    assertThat(total).isLessThanOrEqualTo(6000);
  }

  private static String ask(String question, String episode) {
    String options =
        "{\"name\": \"question\", \"type\": 3, \"value\": \""
            + question
            + "\"}"
            + (episode == null
                ? ""
                : ", {\"name\": \"episode\", \"type\": 3, \"value\": \"" + episode + "\"}");
    return "{\"type\": 2, \"id\": \""
        + INTERACTION_IDS.incrementAndGet()
        + "\", \"application_id\": \""
        + APP
        + "\", \"token\": \""
        + TOKEN
        + "\", \"data\": {\"id\": \"7\", \"name\": \"ask\", \"type\": 1, \"options\": ["
        + options
        + "]}}";
  }

  private HttpResponse<String> signed(String body) {
    String timestamp = DiscordSigner.now();
    return post(body, discordKeys.sign(timestamp, body), timestamp);
  }

  private HttpResponse<String> post(String body, String signature, String timestamp) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url("/discord/interactions")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("X-Signature-Ed25519", signature);
    }
    if (timestamp != null) {
      request.header("X-Signature-Timestamp", timestamp);
    }
    return server.send(request.build());
  }

  private static final String INVALID_SIGNATURE =
      Refusals.line(401, "POST /discord/interactions", "invalid_signature")
          + "The request signature is invalid.";

  private void assertRefused(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(mapper.readTree(response.body()).get("error").textValue())
        .isEqualTo("invalid_signature");
    assertThat(server.answers().received()).isEmpty();
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }
}
