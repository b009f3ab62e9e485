package dev.podcastqa.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.FakeDiscord;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client against a loopback Discord: rate limits, deleted webhooks, commands. */
class DiscordApiTests {

  private static final String LIMITED = "{\"message\": \"You are being rate limited.\", ";
  private static final String ORIGINAL = "/api/v10/webhooks/1/tok/messages/@original";

  private final FakeDiscord discord = FakeDiscord.start();
  private final ObjectMapper mapper = Json.newMapper();
  private final DiscordApi api =
      new DiscordApi(discord.apiBase(), "bot-token", mapper, discord.sleeper());

  @AfterEach
  void stop() {
    discord.close();
  }

  @Test
  void rateLimitIsWaitedOutAsTheBodySaysThenTheCallSucceeds() {
    discord.enqueue(429, LIMITED + "\"retry_after\": 0.25, \"global\": true}", Map.of());

    api.editOriginal("1", "tok", DiscordMessage.text("hello"));

    assertThat(discord.events())
        .containsExactly("PATCH " + ORIGINAL, "sleep 250 ms", "PATCH " + ORIGINAL);
  }

  @Test
  void retryAfterHeaderIsUsedWhenTheBodyHasNoWait() {
    discord.enqueue(429, "", Map.of("Retry-After", "2"));

    api.executeWebhook(discord.webhookUrl(), DiscordMessage.text("hello"));

    assertThat(discord.events()).containsSubsequence("sleep 2000 ms");
    assertThat(discord.received()).hasSize(2);
  }

  @Test
  void waitLongerThanAMinuteIsNotWaitedAndFails() {
    discord.enqueue(429, LIMITED + "\"retry_after\": 1336.57, \"global\": false}", Map.of());

    assertThatThrownBy(() -> api.executeWebhook(discord.webhookUrl(), DiscordMessage.text("x")))
        .isInstanceOf(DiscordApiException.class)
        .hasMessageContaining("1336");
    assertThat(discord.events()).noneMatch(event -> event.startsWith("sleep"));
  }

  @Test
  void rateLimitThatNeverEndsGivesUpAfterFiveAttempts() {
    for (int i = 0; i < 6; i++) {
      discord.enqueue(429, LIMITED + "\"retry_after\": 0.1, \"global\": false}", Map.of());
    }

    assertThatThrownBy(() -> api.executeWebhook(discord.webhookUrl(), DiscordMessage.text("x")))
        .isInstanceOf(DiscordApiException.class)
        .hasMessageContaining("5 attempts");
    assertThat(discord.received()).hasSize(5);
    assertThat(Collections.frequency(discord.events(), "sleep 100 ms")).isEqualTo(4);
  }

  @Test
  void webhookThatAnswers404IsReportedAsDeletedAndNotRetried() {
    discord.enqueue(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}", Map.of());

    assertThatThrownBy(() -> api.executeWebhook(discord.webhookUrl(), DiscordMessage.text("x")))
        .isInstanceOf(WebhookDeletedException.class)
        .hasMessageContaining("webhook deleted");
    assertThat(discord.received()).hasSize(1);
  }

  @Test
  void webhookPostWaitsForTheMessageKeepsItsQueryAndSendsNoBotToken() {
    String id = api.executeWebhook(discord.webhookUrl() + "?thread_id=9", DiscordMessage.text("x"));

    FakeDiscord.Request post = discord.take();
    assertThat(id).isEqualTo("42");
    assertThat(post.query()).isEqualTo("thread_id=9&wait=true");
    assertThat(post.header("Authorization")).isNull();
    assertThat(post.header("User-Agent")).startsWith("DiscordBot (");
  }

  @Test
  void editOfTheReplyIsRetriedWhileDiscordHasNotSeenTheDeferralYet() {
    discord.enqueue(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}", Map.of());

    api.editOriginal("1", "tok", DiscordMessage.text("hello"));

    assertThat(discord.events())
        .containsExactly("PATCH " + ORIGINAL, "sleep 1000 ms", "PATCH " + ORIGINAL);
  }

  @Test
  void commandsAreOverwrittenWithTheBotTokenGloballyOrInAGuild() {
    SlashCommands commands = new SlashCommands(api, mapper);

    List<String> global = commands.register("123", null);
    List<String> guild = commands.register("123", "456");

    assertThat(global).containsExactly("ask");
    assertThat(guild).containsExactly("ask");
    List<FakeDiscord.Request> puts = discord.received();
    assertThat(puts).extracting(FakeDiscord.Request::method).containsExactly("PUT", "PUT");
    assertThat(puts.get(0).path()).isEqualTo("/api/v10/applications/123/commands");
    assertThat(puts.get(1).path()).isEqualTo("/api/v10/applications/123/guilds/456/commands");
    assertThat(puts.get(0).header("Authorization")).isEqualTo("Bot bot-token");
    JsonNode ask = puts.get(0).json().get(0);
    assertThat(ask.get("name").textValue()).isEqualTo("ask");
    assertThat(ask.get("type").intValue()).isEqualTo(1);
    JsonNode question = ask.get("options").get(0);
    JsonNode episode = ask.get("options").get(1);
    assertThat(question.get("name").textValue()).isEqualTo("question");
    assertThat(question.get("type").intValue()).isEqualTo(3);
    assertThat(question.get("required").booleanValue()).isTrue();
    assertThat(episode.get("name").textValue()).isEqualTo("episode");
    assertThat(episode.get("type").intValue()).isEqualTo(3);
    assertThat(episode.get("required").booleanValue()).isFalse();
    assertThat(episode.get("autocomplete").booleanValue()).isTrue();
    JsonNode privately = ask.get("options").get(2);
    assertThat(privately.get("name").textValue()).isEqualTo("private");
    assertThat(privately.get("type").intValue()).isEqualTo(5);
    assertThat(privately.get("required").booleanValue()).isFalse();
    assertThat(ask.get("description").textValue().length()).isBetween(1, 100);
  }
}
