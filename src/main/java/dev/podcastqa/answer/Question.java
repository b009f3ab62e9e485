package dev.podcastqa.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A question as a user asked it, with the conversation it belongs to and optional limits on which
 * episodes may answer it.
 *
 * @param conversationId null for a new conversation
 * @param episodeId null for any episode
 * @param podcast null for any podcast
 * @param from null for no lower date bound
 * @param to null for no upper date bound
 */
public record Question(
    String text,
    String conversationId,
    String episodeId,
    String podcast,
    LocalDate from,
    LocalDate to) {

  /** Longest question accepted, in characters. */
  public static final int MAX_LENGTH = 2000;

  public Question {
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.isEmpty()) {
      throw new InvalidQuestionException("the question is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQuestionException(
          "the question is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    conversationId = blankToNull(conversationId);
    episodeId = blankToNull(episodeId);
    podcast = blankToNull(podcast);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQuestionException("the date range ends before it starts");
    }
  }

  public static Question of(String text) {
    return new Question(text, null, null, null, null, null);
  }

  public Question withText(String newText) {
    return new Question(newText, conversationId, episodeId, podcast, from, to);
  }

  public Question withConversationId(String id) {
    return new Question(text, id, episodeId, podcast, from, to);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
