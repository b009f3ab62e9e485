package dev.podcastqa.feedback;

/** The feedback database cannot be opened, read or written; the message names the file. */
public final class FeedbackStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FeedbackStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
