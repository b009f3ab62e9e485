package dev.podcastqa.feedback;

/** Feedback on an answer id this service never gave out (or has since forgotten). */
public final class UnknownAnswerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String answerId;

  public UnknownAnswerException(String answerId) {
    super("no answer has the id " + answerId);
    this.answerId = answerId;
  }

  public String answerId() {
    return answerId;
  }
}
