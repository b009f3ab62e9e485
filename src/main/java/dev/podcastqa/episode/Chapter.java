package dev.podcastqa.episode;

import java.util.Locale;
import java.util.Objects;

/**
 * A chapter: where it starts, its title, and any show-note text written under it.
 *
 * <p>{@code notes} is empty when the source gives only the title.
 */
public record Chapter(int startSeconds, String title, String notes) {

  public Chapter {
    if (startSeconds < 0) {
      throw new IllegalArgumentException("chapter starts before 0: " + startSeconds);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("chapter at " + startSeconds + "s has no title");
    }
    title = title.strip();
    notes = Objects.requireNonNullElse(notes, "").strip();
  }

  public Chapter(int startSeconds, String title) {
    this(startSeconds, title, "");
  }

  /**
   * Whether this chapter is an ad break ("Sponsors: Box AI | ..."). It stays in the chapter list so
   * players can skip it, but it is not answerable content.
   */
  public boolean isSponsorBreak() {
    String lower = title.toLowerCase(Locale.ROOT);
    return lower.startsWith("sponsor") || lower.startsWith("ad break") || lower.equals("ads");
  }
}
