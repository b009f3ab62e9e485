package dev.podcastqa.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.FeedbackLog;
import java.util.Optional;

/**
 * The Discord component the HTTP routes use: answers signed interaction requests (PING, {@code
 * /ask}) and shares answers to a channel webhook. It exists only when at least one of the two is
 * on; the composition root builds it from its parts. Closing it stops the threads that answer
 * {@code /ask}.
 */
public final class DiscordBot implements AutoCloseable {

  private final Optional<InteractionVerifier> verifier;
  private final Optional<AskHandler> ask;
  private final EpisodeChoices episodes;
  private final ThumbClicks thumbs;
  private final Optional<String> webhookUrl;
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
   * Discord over {@code answers}, with interactions on when there is a {@code verifier} and sharing
   * on when there is a {@code webhookUrl}; the questions asked with {@code /ask} and the 👍/👎
   * clicks are kept in {@code feedback}.
   *
   * @param api Discord's REST API, for editing replies and executing the webhook
   * @param webhookUrl a channel webhook {@link DiscordApi#checkedWebhookUrl} accepts
   * @throws IllegalArgumentException when both are off (then there is no bot) or the webhook URL is
   *     not a Discord webhook's
   */
  public DiscordBot(
      AnswerService answers,
      Catalog catalog,
      MessageFormatter messages,
      DiscordApi api,
      ObjectMapper mapper,
      Optional<InteractionVerifier> verifier,
      Optional<String> webhookUrl,
      FeedbackLog feedback) {
    if (verifier.isEmpty() && webhookUrl.isEmpty()) {
      throw new IllegalArgumentException("neither interactions nor sharing: leave Discord out");
    }
    this.answers = answers;
    this.mapper = mapper;
    this.messages = messages;
    this.api = api;
    this.verifier = verifier;
    this.ask =
        verifier.map(
            v ->
                new AskHandler(
                    answers, catalog, messages, api, feedback, new AnswerButtons(messages)));
    this.episodes = new EpisodeChoices(catalog);
    this.thumbs = new ThumbClicks(feedback, messages);
    this.webhookUrl = webhookUrl.map(DiscordApi::checkedWebhookUrl);
  }

  public boolean interactionsOn() {
    return verifier.isPresent();
  }

  public boolean sharingOn() {
    return webhookUrl.isPresent();
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
      throw DiscordOffException.interactions();
    }
    verifier.get().verify(signature, timestamp, body);
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
    return ask.get().handle(interaction);
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
      throw DiscordOffException.sharing();
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
    return api.executeWebhook(webhookUrl.get(), messages.answer(answer, null));
  }

  @Override
  public void close() {
    ask.ifPresent(AskHandler::close);
  }
}
