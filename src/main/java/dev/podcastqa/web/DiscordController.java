package dev.podcastqa.web;

import dev.podcastqa.answer.Question;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.discord.DiscordOffException;
import dev.podcastqa.episode.Catalog;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * Discord's routes: {@code POST /discord/interactions} (signed requests from Discord, whose raw
 * body is handed over before any parsing), {@code POST /api/discord/share} ("Share to Discord" in
 * the web chat) and {@code GET /api/discord} (which of the two is on).
 */
final class DiscordController {

  static final String SIGNATURE = "X-Signature-Ed25519";
  static final String TIMESTAMP = "X-Signature-Timestamp";

  private final Optional<DiscordBot> discord;
  private final Catalog catalog;
  private final RequestBody body;

  /** {@code discord} is empty when neither interactions nor sharing is configured. */
  DiscordController(Optional<DiscordBot> discord, Catalog catalog, RequestBody body) {
    this.discord = discord;
    this.catalog = catalog;
    this.body = body;
  }

  void interactions(Context ctx) {
    DiscordBot bot = discord.orElseThrow(DiscordOffException::interactions);
    byte[] raw = body.raw(ctx);
    ctx.json(bot.interact(ctx.header(SIGNATURE), ctx.header(TIMESTAMP), raw));
  }

  /**
   * Takes a question like {@code POST /api/chat}, answers it here and posts that answer, so the
   * channel only ever gets answers this service made.
   */
  void share(Context ctx) {
    DiscordBot bot = discord.orElseThrow(DiscordOffException::sharing);
    bot.requireSharing();
    Question question = ChatRequest.toSharedQuestion(body.object(ctx));
    String episodeId = question.episodeId();
    if (episodeId != null && catalog.find(episodeId).isEmpty()) {
      throw new EpisodeNotFoundException(episodeId);
    }
    ctx.json(Map.of("shared", true, "messageId", bot.share(question)));
  }

  void status(Context ctx) {
    ctx.json(
        Map.of(
            "interactions",
            discord.map(DiscordBot::interactionsOn).orElse(false),
            "share",
            discord.map(DiscordBot::sharingOn).orElse(false)));
  }
}
