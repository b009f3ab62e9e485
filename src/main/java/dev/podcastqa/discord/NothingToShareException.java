package dev.podcastqa.discord;

/** A question to share found no answer in the episodes, so there is nothing to post. */
public final class NothingToShareException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NothingToShareException() {
    super("The episodes do not answer this question, so there is nothing to share.");
  }
}
