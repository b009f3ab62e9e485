package dev.podcastqa.index;

/**
 * A store that lives on a server cannot be used right now: it is unreachable, refuses the
 * credentials, or its index is missing. The message is one line that names the server.
 */
public final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message) {
    super(message);
  }

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
