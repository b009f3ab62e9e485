package dev.podcastqa.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * A thumb up or down on one answer, with the comment the listener typed (null for none).
 *
 * @param comment at most {@link #MAX_COMMENT_LENGTH} characters; blank becomes null
 */
public record Thumb(String answerId, Instant ratedAt, Rating rating, String comment) {

  /** Longest comment kept, in characters. */
  public static final int MAX_COMMENT_LENGTH = 2000;

  public Thumb {
    AnswerIds.require(answerId);
    Objects.requireNonNull(ratedAt, "ratedAt");
    Objects.requireNonNull(rating, "rating");
    if (comment != null) {
      comment = comment.strip();
      if (comment.isEmpty()) {
        comment = null;
      } else if (comment.length() > MAX_COMMENT_LENGTH) {
        throw new InvalidFeedbackException(
            "the comment is "
                + comment.length()
                + " characters long; the limit is "
                + MAX_COMMENT_LENGTH);
      }
    }
  }
}
