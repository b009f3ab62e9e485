package dev.podcastqa.discord;

import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.feedback.Rating;
import dev.podcastqa.feedback.UnknownAnswerException;

/**
 * The 👍 and 👎 buttons under an answer: a click (a signed message-component interaction whose
 * {@code custom_id} is {@code fb:up:<answerId>} or {@code fb:down:<answerId>}) is kept like a thumb
 * from the web chat, without the user who clicked, and thanked in a message only they see.
 */
final class ThumbClicks {

  static final String PREFIX = "fb:";
  static final String THANKS = "Thanks, your feedback was recorded.";
  static final String GONE = "That answer is no longer kept, so it cannot be rated.";

  private final FeedbackLog feedback;
  private final MessageFormatter messages;

  ThumbClicks(FeedbackLog feedback, MessageFormatter messages) {
    this.feedback = feedback;
    this.messages = messages;
  }

  static String customId(boolean up, String answerId) {
    return PREFIX + (up ? "up" : "down") + ":" + answerId;
  }

  InteractionResponse handle(Interaction interaction) {
    String id = interaction.customId();
    if (id == null || !id.startsWith(PREFIX)) {
      throw new UnsupportedInteractionException("Unknown button.");
    }
    String[] parts = id.substring(PREFIX.length()).split(":", 2);
    if (parts.length != 2 || !(parts[0].equals("up") || parts[0].equals("down"))) {
      throw new UnsupportedInteractionException("Unknown button.");
    }
    try {
      feedback.rate(parts[1], Rating.parse(parts[0]), null, Channel.DISCORD, false);
      return InteractionResponse.message(messages.notice(THANKS).ephemeral());
    } catch (UnknownAnswerException e) {
      return InteractionResponse.message(messages.notice(GONE).ephemeral());
    }
  }
}
