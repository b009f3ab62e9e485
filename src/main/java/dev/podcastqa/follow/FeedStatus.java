package dev.podcastqa.follow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One followed feed as {@code GET /api/feeds} and {@code /health} show it.
 *
 * @param lastPoll when it was last polled; null before the first poll
 * @param lastChange when a poll last brought a new copy
 * @param nextPoll when it is polled next
 * @param episodes episodes in the catalog read from it
 * @param withoutTranscript of those, how many have no transcript (answered from show notes)
 * @param lastError why the last poll failed (its episodes are kept); null when it did not
 * @param problems what in the copy held could not be read (an item, a linked transcript)
 */
public record FeedStatus(
    String url,
    Instant lastPoll,
    Instant lastChange,
    Instant nextPoll,
    int episodes,
    int withoutTranscript,
    String lastError,
    List<String> problems) {

  public FeedStatus {
    Objects.requireNonNull(url, "url");
    if (episodes < 0 || withoutTranscript < 0 || withoutTranscript > episodes) {
      throw new IllegalArgumentException(
          "bad counts for " + url + ": " + episodes + " / " + withoutTranscript);
    }
    problems = List.copyOf(problems);
  }
}
