package dev.podcastqa.follow;

import dev.podcastqa.episode.Episode;

/** Tells listeners about a newly indexed episode (a Discord channel, say). */
public interface Announcer {

  /**
   * Announces {@code episode}.
   *
   * @throws RuntimeException when it could not be announced; it is then not tried again
   */
  void announce(Episode episode);

  /** Whether announcing is on at all; when off, nothing is recorded either. */
  default boolean enabled() {
    return true;
  }

  /** Announces nothing. */
  static Announcer none() {
    return new Announcer() {
      @Override
      public void announce(Episode episode) {}

      @Override
      public boolean enabled() {
        return false;
      }
    };
  }
}
