package dev.podcastqa.feedback;

import java.util.Locale;

/** A listener's thumb on an answer. */
public enum Rating {
  UP,
  DOWN;

  /** {@code "up"} or {@code "down"} (any case), as clients send it. */
  public static Rating parse(String value) {
    if (value != null) {
      for (Rating rating : values()) {
        if (rating.wire().equalsIgnoreCase(value.strip())) {
          return rating;
        }
      }
    }
    throw new InvalidFeedbackException("rating must be \"up\" or \"down\"");
  }

  /** The name clients send and the database keeps. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
