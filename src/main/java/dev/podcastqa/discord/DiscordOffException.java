package dev.podcastqa.discord;

import dev.podcastqa.config.Setting;

/** A Discord route was called while its setting is empty; the message names the setting. */
public final class DiscordOffException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DiscordOffException(String what, Setting setting) {
    super(what + " is off: set " + setting.env() + " to turn it on.");
  }

  /** Interactions are off: no public key is set. */
  public static DiscordOffException interactions() {
    return new DiscordOffException("Discord interactions", Setting.DISCORD_PUBLIC_KEY);
  }

  /** Sharing is off: no channel webhook is set. */
  public static DiscordOffException sharing() {
    return new DiscordOffException("Sharing to Discord", Setting.DISCORD_WEBHOOK_URL);
  }
}
