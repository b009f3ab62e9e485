package dev.podcastqa.discord;

/**
 * A channel webhook answered 404: it was deleted (or its URL is wrong), and Discord asks that it
 * not be called again.
 */
public final class WebhookDeletedException extends DiscordApiException {

  private static final long serialVersionUID = 1L;

  public WebhookDeletedException() {
    super(
        "Discord webhook deleted (HTTP 404): create a new webhook in the channel's settings "
            + "and use its URL",
        404);
  }
}
