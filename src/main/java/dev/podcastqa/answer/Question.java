package dev.podcastqa.answer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A question as a user asked it, with the conversation it belongs to and optional limits on which
 * episodes may answer it. Its text is normalized ({@link QuestionText}) before it is judged empty.
 *
 * @param conversationId null for a new conversation; else at most {@link
 *     #MAX_CONVERSATION_ID_LENGTH} characters of {@code A-Z a-z 0-9 _ -}
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

  /** Longest conversation id accepted, in characters. */
  public static final int MAX_CONVERSATION_ID_LENGTH = 128;

  /** Why a conversation id is refused, as the error a client sees. */
  public static final String CONVERSATION_ID_RULE =
      "conversationId must be 1 to "
          + MAX_CONVERSATION_ID_LENGTH
          + " characters of A-Z, a-z, 0-9, _ and -";

  private static final Pattern CONVERSATION_ID =
      Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CONVERSATION_ID_LENGTH + "}");

  public Question {
    Objects.requireNonNull(text, "text");
    text = QuestionText.normalize(text);
    if (text.isEmpty()) {
      throw new InvalidQuestionException("the question is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQuestionException(
          "the question is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    conversationId = blankToNull(conversationId);
    if (conversationId != null && !isConversationId(conversationId)) {
      throw new InvalidQuestionException(CONVERSATION_ID_RULE);
    }
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

  /** Whether {@code id} may name a conversation. */
  public static boolean isConversationId(String id) {
    return CONVERSATION_ID.matcher(id).matches();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
