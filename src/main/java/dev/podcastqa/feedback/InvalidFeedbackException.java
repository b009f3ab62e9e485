package dev.podcastqa.feedback;

/**
 * Feedback that cannot be taken as sent (a bad rating, a comment too long); the message says why.
 */
public final class InvalidFeedbackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidFeedbackException(String message) {
    super(message);
  }
}
