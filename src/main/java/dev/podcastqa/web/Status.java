package dev.podcastqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.follow.FeedStatus;
import java.util.List;
import java.util.Objects;

/**
 * What {@code GET /health} reports: whether the service can answer yet, and how much it knows.
 *
 * @param ready false while the index is still being built
 * @param episodes episodes in the catalog
 * @param chunks passages in the index
 * @param mode the answer mode now in use
 * @param feeds each followed feed's state; left out of the JSON when none is followed
 */
public record Status(
    boolean ready,
    int episodes,
    int chunks,
    Answer.Mode mode,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FeedStatus> feeds) {

  public Status {
    if (episodes < 0 || chunks < 0) {
      throw new IllegalArgumentException("negative count: " + episodes + " / " + chunks);
    }
    Objects.requireNonNull(mode, "mode");
    feeds = List.copyOf(feeds);
  }

  /** A status with no feeds followed. */
  public Status(boolean ready, int episodes, int chunks, Answer.Mode mode) {
    this(ready, episodes, chunks, mode, List.of());
  }

  /** This status with {@code feeds} as the followed feeds' state. */
  public Status withFeeds(List<FeedStatus> feeds) {
    return new Status(ready, episodes, chunks, mode, feeds);
  }
}
