package dev.podcastqa.discord;

/** A signed interaction this service does not handle: an unknown type or command, or bad JSON. */
public final class UnsupportedInteractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnsupportedInteractionException(String message) {
    super(message);
  }
}
