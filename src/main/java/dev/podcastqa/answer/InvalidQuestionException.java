package dev.podcastqa.answer;

/** A question the service will not try to answer (empty, too long); the message says why. */
public final class InvalidQuestionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidQuestionException(String message) {
    super(message);
  }
}
