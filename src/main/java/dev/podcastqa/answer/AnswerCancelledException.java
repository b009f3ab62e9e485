package dev.podcastqa.answer;

/** The reader of a streamed answer went away; generation should stop. */
public final class AnswerCancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnswerCancelledException(String message) {
    super(message);
  }
}
