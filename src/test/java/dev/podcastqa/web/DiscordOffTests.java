package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Without Discord settings both Discord routes are off, and say so in JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordOffTests {

  private final TestServer server = TestServer.start();
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void interactionsAre404JsonNamingTheSettingToSet() throws IOException {
    String body = "{\"type\": 1}";
    String timestamp = DiscordSigner.now();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/discord/interactions")))
            .header("Content-Type", "application/json")
            .header("X-Signature-Ed25519", DiscordSigner.generate().sign(timestamp, body))
            .header("X-Signature-Timestamp", timestamp)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();

    HttpResponse<String> response;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      response = server.send(request);
      Refusals.assertLogged(
          log, Refusals.line(404, "POST /discord/interactions", "discord_off") + "Discord");
    }

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("discord_off");
    assertThat(error.get("detail").textValue()).contains("PODCASTQA_DISCORD_PUBLIC_KEY");
  }

  @Test
  void shareIsRefusedWithoutAWebhookAndAnswersNothing() throws IOException {
    HttpResponse<String> response;
    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      response = server.postJson("/api/discord/share", "{\"question\": \"What is grokking?\"}");
      Refusals.assertLogged(
          log, Refusals.line(404, "POST /api/discord/share", "discord_off") + "Sharing");
    }

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = mapper.readTree(response.body());
    assertThat(error.get("error").textValue()).isEqualTo("discord_off");
    assertThat(error.get("detail").textValue()).contains("PODCASTQA_DISCORD_WEBHOOK_URL");
    assertThat(server.answers().received()).isEmpty();
  }

  @Test
  void discordStatusSaysBothAreOff() throws IOException {
    JsonNode status = mapper.readTree(server.get("/api/discord").body());

    assertThat(status.get("interactions").booleanValue()).isFalse();
    assertThat(status.get("share").booleanValue()).isFalse();
  }
}
