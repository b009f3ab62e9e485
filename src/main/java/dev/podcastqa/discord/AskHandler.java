package dev.podcastqa.discord;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.answer.Question;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask question:<text> [episode:<id>]}: replies at once with a deferred response, since
 * Discord allows three seconds, answers on its own threads, then edits the reply into the answer,
 * or into an apology when answering fails, so a reply is never left "thinking".
 */
final class AskHandler implements AutoCloseable {

  static final String COMMAND = "ask";
  static final String EPISODE = "episode";
  static final String PRIVATE = "private";

  private static final Logger LOG = LoggerFactory.getLogger(AskHandler.class);
  private static final int THREADS = 2;
  private static final int QUEUE = 50;
  private static final String BUSY =
      "Too many questions are waiting to be answered; please ask again in a minute.";

  private final AnswerService answers;
  private final Catalog catalog;
  private final MessageFormatter messages;
  private final DiscordApi api;
  private final FeedbackLog feedback;
  private final AnswerButtons buttons;
  private final ThreadPoolExecutor executor;

  AskHandler(
      AnswerService answers,
      Catalog catalog,
      MessageFormatter messages,
      DiscordApi api,
      FeedbackLog feedback,
      AnswerButtons buttons) {
    this.answers = answers;
    this.catalog = catalog;
    this.messages = messages;
    this.api = api;
    this.feedback = feedback;
    this.buttons = buttons;
    this.executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            daemonThreads("discord-ask-"));
  }

  /** The immediate response to {@code interaction}; the answer follows as an edit. */
  InteractionResponse handle(Interaction interaction) {
    if (!interaction.canBeRepliedTo()) {
      throw new UnsupportedInteractionException("The interaction has no application id or token.");
    }
    Question question;
    try {
      String text = interaction.option("question");
      question =
          new Question(
              text == null ? "" : text, null, interaction.option(EPISODE), null, null, null);
    } catch (InvalidQuestionException e) {
      return refuse("Cannot answer: " + e.getMessage() + ".");
    }
    String episode = question.episodeId();
    if (episode != null && catalog.find(episode).isEmpty()) {
      return refuse("No episode has the id \"" + episode + "\".");
    }
    try {
      executor.execute(() -> answerLater(interaction, question));
    } catch (RejectedExecutionException e) {
      return refuse(BUSY);
    }
    return "true".equals(interaction.option(PRIVATE))
        ? InteractionResponse.deferredEphemeral()
        : InteractionResponse.deferred();
  }

  /** A message only the asker sees, sent at once instead of deferring. */
  private InteractionResponse refuse(String why) {
    return InteractionResponse.message(messages.notice(why).ephemeral());
  }

  private void answerLater(Interaction interaction, Question question) {
    DiscordMessage reply;
    try {
      Answer answer = answers.answer(question);
      String answerId = feedback.record(Channel.DISCORD, question.text(), answer);
      reply =
          messages.answer(answer, question.text()).withComponents(buttons.rows(answer, answerId));
    } catch (RuntimeException | Error e) {
      LOG.warn("Answering /ask failed; the reply becomes an apology", e);
      reply = messages.apology();
    }
    try {
      api.editOriginal(interaction.applicationId(), interaction.token(), reply);
    } catch (RuntimeException e) {
      LOG.warn("Could not edit the reply to /ask: {}", e.getMessage());
      apologize(interaction);
    }
  }

  private void apologize(Interaction interaction) {
    try {
      api.editOriginal(interaction.applicationId(), interaction.token(), messages.apology());
    } catch (RuntimeException e) {
      LOG.error("Could not edit the reply to /ask into an apology: {}", e.getMessage());
    }
  }

  /** Stops taking questions and waits a little for those being answered. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
