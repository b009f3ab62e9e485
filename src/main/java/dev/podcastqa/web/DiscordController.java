package dev.podcastqa.web;

import dev.podcastqa.answer.Question;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.episode.Catalog;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Discord's routes: {@code POST /discord/interactions} (signed requests from Discord, whose raw
 * body is handed over before any parsing), {@code POST /api/discord/share} ("Share to Discord" in
 * the web chat) and {@code GET /api/discord} (which of the two is on).
 */
final class DiscordController {

  static final String SIGNATURE = "X-Signature-Ed25519";
  static final String TIMESTAMP = "X-Signature-Timestamp";

  private final DiscordBot discord;
  private final Catalog catalog;
  private final RequestBody body;

  DiscordController(DiscordBot discord, Catalog catalog, RequestBody body) {
    this.discord = discord;
    this.catalog = catalog;
    this.body = body;
  }

  void interactions(Context ctx) {
    byte[] raw = body.raw(ctx);
    ctx.json(discord.interact(ctx.header(SIGNATURE), ctx.header(TIMESTAMP), raw));
  }

  /**
   * Takes a question like {@code POST /api/chat}, answers it here and posts that answer, so the
   * channel only ever gets answers this service made.
   */
  void share(Context ctx) {
    discord.requireSharing();
    Question question = ChatRequest.toQuestion(body.json(ctx)).withConversationId(null);
    String episodeId = question.episodeId();
    if (episodeId != null && catalog.find(episodeId).isEmpty()) {
      throw new EpisodeNotFoundException(episodeId);
    }
    ctx.json(Map.of("shared", true, "messageId", discord.share(question)));
  }

  void status(Context ctx) {
    ctx.json(Map.of("interactions", discord.interactionsOn(), "share", discord.sharingOn()));
  }
}
