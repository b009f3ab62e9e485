package dev.podcastqa.testing;

import dev.podcastqa.episode.Episode;

/** Variations of real episodes for tests that change one field and watch what follows. */
public final class Episodes {

  private Episodes() {}

  /** {@code episode} with another description and everything else as it was. */
  public static Episode withDescription(Episode episode, String description) {
    return new Episode(
        episode.id(),
        episode.title(),
        episode.podcast(),
        episode.published(),
        episode.durationSeconds(),
        episode.links(),
        episode.chapters(),
        episode.references(),
        description,
        episode.sources());
  }
}
