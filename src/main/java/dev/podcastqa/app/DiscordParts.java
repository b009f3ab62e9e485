package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.discord.DiscordApi;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.discord.InteractionVerifier;
import dev.podcastqa.discord.MessageFormatter;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.retry.Sleeper;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds Discord's parts from the Discord settings: the REST client, the message formatter and,
 * when a public key or a channel webhook is set, the bot; with neither there is no bot.
 */
final class DiscordParts {

  private final Config config;
  private final ObjectMapper mapper;

  DiscordParts(Config config, ObjectMapper mapper) {
    this.config = config;
    this.mapper = mapper;
  }

  /** Discord's REST API, waiting out rate limits with {@code sleeper}. */
  DiscordApi api(Sleeper sleeper) {
    return new DiscordApi(config.discord().apiBase(), config.discord().botToken(), mapper, sleeper);
  }

  /** Answers as Discord messages, with links made absolute with the public URL. */
  MessageFormatter messages() {
    return new MessageFormatter(config.baseUrl());
  }

  /**
   * The bot over {@code answers}: interactions on when the public key is set, sharing when the
   * webhook is; empty when neither is. What is asked with {@code /ask} and its thumbs are kept in
   * {@code feedback}.
   *
   * @throws ConfigException when the public key or the webhook URL is set but unusable
   */
  Optional<DiscordBot> bot(
      AnswerService answers, Catalog catalog, Sleeper sleeper, FeedbackLog feedback) {
    Config.Discord settings = config.discord();
    if (!settings.interactionsEnabled() && !settings.webhookEnabled()) {
      return Optional.empty();
    }
    Optional<InteractionVerifier> verifier =
        settings.interactionsEnabled()
            ? Optional.of(new InteractionVerifier(settings.publicKey(), Clock.systemUTC()))
            : Optional.empty();
    Optional<String> webhook =
        settings.webhookEnabled() ? Optional.of(webhook(settings.webhookUrl())) : Optional.empty();
    return Optional.of(
        new DiscordBot(
            answers, catalog, messages(), api(sleeper), mapper, verifier, webhook, feedback));
  }

  private static String webhook(String url) {
    try {
      return DiscordApi.checkedWebhookUrl(url);
    } catch (IllegalArgumentException e) {
      // The URL holds the webhook's token, so it is not repeated in the message.
      throw new ConfigException(Setting.DISCORD_WEBHOOK_URL, "(hidden)", e.getMessage());
    }
  }
}
