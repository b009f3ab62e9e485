package dev.podcastqa.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.FeedbackLog;
import java.time.Clock;

/**
 * The Discord component the HTTP routes use: answers signed interaction requests (PING, {@code
 * /ask}) and shares answers to the configured channel webhook. Interactions are off until {@code
 * PODCASTQA_DISCORD_PUBLIC_KEY} is set, sharing until {@code PODCASTQA_DISCORD_WEBHOOK_URL} is.
 * Closing it stops the threads that answer {@code /ask}.
 */
public final class DiscordBot implements AutoCloseable {

  private final InteractionVerifier verifier;
  private final AskHandler ask;
  private final EpisodeChoices episodes;
  private final ThumbClicks thumbs;
  private final String webhookUrl;
  private final AnswerService answers;
  private final MessageFormatter messages;
  private final DiscordApi api;
  private final ObjectMapper mapper;

  /**
   * Ids of the commands answered lately. A signed request is accepted for {@link
   * InteractionVerifier#MAX_SKEW} either side of now, so an id is kept for twice that.
   */
  private final Cache<String, Boolean> answered =
      Caffeine.newBuilder()
          .expireAfterWrite(InteractionVerifier.MAX_SKEW.multipliedBy(2))
          .maximumSize(MAX_REMEMBERED)
          .build();

  /** Most interaction ids remembered at once: a few megabytes. */
  static final int MAX_REMEMBERED = 100_000;

  /**
   * Discord as {@code config} sets it up, over {@code answers}.
   *
   * @param sleeper how the REST client waits out rate limits ({@link Sleeper#REAL} in production)
   * @param clock what "now" is when checking the age of a signed request
   * @throws ConfigException when the public key or webhook URL is set but unusable
   */
  public DiscordBot(
      Config config,
      AnswerService answers,
      Catalog catalog,
      ObjectMapper mapper,
      Sleeper sleeper,
      Clock clock) {
    this(config, answers, catalog, mapper, sleeper, clock, FeedbackLog.notKept());
  }

  /**
   * Discord as {@code config} sets it up, over {@code answers}, keeping the questions asked with
   * {@code /ask} and the 👍/👎 clicks in {@code feedback}.
   */
  public DiscordBot(
      Config config,
      AnswerService answers,
      Catalog catalog,
      ObjectMapper mapper,
      Sleeper sleeper,
      Clock clock,
      FeedbackLog feedback) {
    Config.Discord settings = config.discord();
    this.answers = answers;
    this.mapper = mapper;
    this.messages = new MessageFormatter(config.baseUrl());
    this.api = new DiscordApi(settings.apiBase(), settings.botToken(), mapper, sleeper);
    boolean interactions = settings.interactionsEnabled();
    this.verifier = interactions ? new InteractionVerifier(settings.publicKey(), clock) : null;
    this.ask =
        interactions
            ? new AskHandler(answers, catalog, messages, api, feedback, new AnswerButtons(messages))
            : null;
    this.episodes = new EpisodeChoices(catalog);
    this.thumbs = new ThumbClicks(feedback, messages);
    this.webhookUrl = settings.webhookEnabled() ? checkedWebhook(settings.webhookUrl()) : null;
  }

  private DiscordBot() {
    this.verifier = null;
    this.ask = null;
    this.episodes = null;
    this.thumbs = null;
    this.webhookUrl = null;
    this.answers = null;
    this.messages = null;
    this.api = null;
    this.mapper = null;
  }

  /** Discord with interactions and sharing both off. */
  public static DiscordBot off() {
    return new DiscordBot();
  }

  /** Discord with the real clock and real waits. */
  public static DiscordBot create(
      Config config, AnswerService answers, Catalog catalog, ObjectMapper mapper) {
    return new DiscordBot(config, answers, catalog, mapper, Sleeper.REAL, Clock.systemUTC());
  }

  /**
   * Discord with the real clock and real waits, keeping questions and thumbs in {@code feedback}.
   */
  public static DiscordBot create(
      Config config,
      AnswerService answers,
      Catalog catalog,
      ObjectMapper mapper,
      FeedbackLog feedback) {
    return new DiscordBot(
        config, answers, catalog, mapper, Sleeper.REAL, Clock.systemUTC(), feedback);
  }

  public boolean interactionsOn() {
    return verifier != null;
  }

  public boolean sharingOn() {
    return webhookUrl != null;
  }

  /**
   * The response to an interaction request: PONG to a PING; for {@code /ask}, a deferred reply that
   * is edited into the answer once it is ready.
   *
   * @param signature the {@code X-Signature-Ed25519} header, or null
   * @param timestamp the {@code X-Signature-Timestamp} header, or null
   * @param body the raw request body, exactly as received
   * @throws DiscordOffException when interactions are off
   * @throws InvalidSignatureException when the request is not provably Discord's
   * @throws UnsupportedInteractionException for types and commands this service does not handle
   * @throws DuplicateInteractionException for a command whose id was answered already (a replay)
   */
  public InteractionResponse interact(String signature, String timestamp, byte[] body) {
    if (!interactionsOn()) {
      throw new DiscordOffException("Discord interactions", Setting.DISCORD_PUBLIC_KEY);
    }
    verifier.verify(signature, timestamp, body);
    Interaction interaction = Interaction.parse(body, mapper);
    if (interaction.type() == Interaction.PING) {
      return InteractionResponse.pong();
    }
    if (interaction.type() == Interaction.AUTOCOMPLETE) {
      return autocomplete(interaction);
    }
    if (interaction.type() == Interaction.MESSAGE_COMPONENT) {
      rememberOnce(interaction);
      return thumbs.handle(interaction);
    }
    if (interaction.type() != Interaction.APPLICATION_COMMAND) {
      throw new UnsupportedInteractionException(
          "Interactions of type " + interaction.type() + " are not handled.");
    }
    if (!AskHandler.COMMAND.equals(interaction.command())) {
      throw new UnsupportedInteractionException(
          "Unknown command /" + interaction.command() + "; this app has /ask only.");
    }
    rememberOnce(interaction);
    return ask.handle(interaction);
  }

  /** Refuses an interaction whose id was handled already: a replayed request. */
  private void rememberOnce(Interaction interaction) {
    if (interaction.id() == null || interaction.id().length() > 32) {
      throw new UnsupportedInteractionException("The interaction has no id.");
    }
    if (answered.asMap().putIfAbsent(interaction.id(), Boolean.TRUE) != null) {
      throw new DuplicateInteractionException(interaction.id());
    }
  }

  /** The episodes matching what the user has typed into {@code /ask}'s episode option. */
  private InteractionResponse autocomplete(Interaction interaction) {
    if (!AskHandler.COMMAND.equals(interaction.command())
        || !AskHandler.EPISODE.equals(interaction.focused())) {
      throw new UnsupportedInteractionException("Only /ask's episode option completes.");
    }
    return InteractionResponse.choices(episodes.matching(interaction.option(AskHandler.EPISODE)));
  }

  /** Throws {@link DiscordOffException} unless a channel webhook is configured. */
  public void requireSharing() {
    if (!sharingOn()) {
      throw new DiscordOffException("Sharing to Discord", Setting.DISCORD_WEBHOOK_URL);
    }
  }

  /**
   * Answers {@code question} and posts that answer, and only that, to the channel webhook. The
   * question itself is not posted: nothing a web client sends reaches the channel as text.
   *
   * @return the id of the Discord message
   * @throws NothingToShareException when the episodes do not answer the question
   * @throws WebhookDeletedException when the webhook is gone
   */
  public String share(Question question) {
    requireSharing();
    Answer answer = answers.answer(question);
    if (!answer.answered()) {
      throw new NothingToShareException();
    }
    return api.executeWebhook(webhookUrl, messages.answer(answer, null));
  }

  @Override
  public void close() {
    if (ask != null) {
      ask.close();
    }
  }

  private static String checkedWebhook(String url) {
    try {
      DiscordApi.webhookUri(url);
      return url.strip();
    } catch (IllegalArgumentException e) {
      // The URL holds the webhook's token, so it is not repeated in the message.
      throw new ConfigException(Setting.DISCORD_WEBHOOK_URL, "(hidden)", e.getMessage());
    }
  }
}
