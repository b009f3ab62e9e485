package dev.podcastqa.answer;

import java.util.Objects;

/**
 * One numbered source of an answer: the episode, the moment, who speaks there and the passage
 * quoted.
 *
 * @param startSeconds the second the cited moment starts, or null for text that belongs to the
 *     episode as a whole (show notes with no time): never 0 in its place
 * @param timestamp {@code hh:mm:ss} of {@code startSeconds}, null exactly when it is
 * @param speaker who says the quoted words, when the source names them; else null
 * @param url deep link to the moment: the audio file, video, or the service's episode page
 * @param episodeUrl the service's own page for the episode at this moment
 */
public record Citation(
    int n,
    String episodeId,
    String episodeTitle,
    String podcast,
    Integer startSeconds,
    String timestamp,
    String speaker,
    String url,
    String episodeUrl,
    String quote) {

  public Citation {
    if (n < 1) {
      throw new IllegalArgumentException("citation numbers start at 1: " + n);
    }
    Objects.requireNonNull(episodeId, "episodeId");
    Objects.requireNonNull(episodeTitle, "episodeTitle");
    if (startSeconds != null && startSeconds < 0) {
      throw new IllegalArgumentException("negative start " + startSeconds);
    }
    if ((startSeconds == null) != (timestamp == null)) {
      throw new IllegalArgumentException("a timestamp goes with a start second, and only with one");
    }
    if (speaker != null && speaker.isBlank()) {
      speaker = null;
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(episodeUrl, "episodeUrl");
    Objects.requireNonNull(quote, "quote");
  }

  /** Whether this citation points at a moment (else at the whole episode). */
  public boolean timed() {
    return startSeconds != null;
  }

  public Citation renumbered(int newN) {
    return new Citation(
        newN,
        episodeId,
        episodeTitle,
        podcast,
        startSeconds,
        timestamp,
        speaker,
        url,
        episodeUrl,
        quote);
  }
}
