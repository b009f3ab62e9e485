package dev.podcastqa.discord;

/** A signed interaction whose id was answered already: a replay, answered once only. */
public final class DuplicateInteractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String id;

  public DuplicateInteractionException(String id) {
    super("The interaction " + id + " was answered already.");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
