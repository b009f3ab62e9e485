package dev.podcastqa.discord;

/** A call to Discord's API failed; the message says which call and what Discord answered. */
public class DiscordApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status the HTTP status Discord answered with, or 0 when no answer arrived
   */
  public DiscordApiException(String message, int status) {
    super(message);
    this.status = status;
  }

  public DiscordApiException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  public int status() {
    return status;
  }
}
