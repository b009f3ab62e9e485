package dev.podcastqa.answer;

import java.util.Objects;

/**
 * One numbered source of an answer: the episode, the moment and the passage quoted.
 *
 * @param timestamp {@code hh:mm:ss} of {@code startSeconds}, or null for text that belongs to the
 *     episode as a whole (show notes with no time)
 * @param url deep link to the moment: the audio file, video, or the service's episode page
 * @param episodeUrl the service's own page for the episode at this moment
 */
public record Citation(
    int n,
    String episodeId,
    String episodeTitle,
    String podcast,
    int startSeconds,
    String timestamp,
    String url,
    String episodeUrl,
    String quote) {

  public Citation {
    if (n < 1) {
      throw new IllegalArgumentException("citation numbers start at 1: " + n);
    }
    Objects.requireNonNull(episodeId, "episodeId");
    Objects.requireNonNull(episodeTitle, "episodeTitle");
    if (startSeconds < 0) {
      throw new IllegalArgumentException("negative start " + startSeconds);
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(episodeUrl, "episodeUrl");
    Objects.requireNonNull(quote, "quote");
  }

  public Citation renumbered(int newN) {
    return new Citation(
        newN, episodeId, episodeTitle, podcast, startSeconds, timestamp, url, episodeUrl, quote);
  }
}
