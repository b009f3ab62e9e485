package dev.podcastqa.feedback;

import java.util.Objects;

/**
 * One citation of a recorded answer: the episode, the second and the chapter it falls in.
 *
 * @param startSeconds null when the citation points at the episode as a whole
 * @param chapter the title of the chapter around the moment, or null when none is known
 */
public record CitedMoment(
    int n, String episodeId, String episodeTitle, Integer startSeconds, String chapter) {

  public CitedMoment {
    if (n < 1) {
      throw new IllegalArgumentException("citation numbers start at 1: " + n);
    }
    Objects.requireNonNull(episodeId, "episodeId");
    Objects.requireNonNull(episodeTitle, "episodeTitle");
    if (chapter != null && chapter.isBlank()) {
      chapter = null;
    }
  }
}
