package dev.podcastqa.discord;

import dev.podcastqa.config.Setting;

/** A Discord route was called while its setting is empty; the message names the setting. */
public final class DiscordOffException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DiscordOffException(String what, Setting setting) {
    super(what + " is off: set " + setting.env() + " to turn it on.");
  }
}
