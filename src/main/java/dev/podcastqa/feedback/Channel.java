package dev.podcastqa.feedback;

import java.util.Locale;

/** Where a question was asked. */
public enum Channel {
  WEB,
  DISCORD;

  /** The name the database and the report use. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
