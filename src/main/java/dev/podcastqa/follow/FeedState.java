package dev.podcastqa.follow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is known of one followed feed between polls and across restarts: the validators and digest
 * of the copy held, when it was last polled and last changed, when it is polled next, and how the
 * last poll failed (with how many failures in a row, for the backoff).
 *
 * @param problems what could not be read in the copy held (items, linked files), one line each
 * @param seeded whether a copy of the feed was ever indexed: items in the first copy are not
 *     announced as new
 */
record FeedState(
    String url,
    String etag,
    String lastModified,
    String bodyHash,
    Instant lastPoll,
    Instant lastChange,
    Instant nextPoll,
    String lastError,
    int failures,
    List<String> problems,
    boolean seeded) {

  /** Problem lines kept per feed; the rest are counted in the log. */
  static final int MAX_PROBLEMS = 20;

  FeedState {
    Objects.requireNonNull(url, "url");
    if (failures < 0) {
      throw new IllegalArgumentException("negative failure count for " + url);
    }
    problems = problems == null ? List.of() : List.copyOf(problems);
    if (problems.size() > MAX_PROBLEMS) {
      problems = problems.subList(0, MAX_PROBLEMS);
    }
  }

  /** A feed never polled: due at once. */
  static FeedState fresh(String url) {
    return new FeedState(url, null, null, null, null, null, null, null, 0, List.of(), false);
  }

  boolean due(Instant now) {
    return nextPoll == null || !now.isBefore(nextPoll);
  }

  /** After a poll that found the copy held still current (a 304, or the same body). */
  FeedState unchanged(Instant now, String etag, String lastModified, Instant next) {
    return new FeedState(
        url, etag, lastModified, bodyHash, now, lastChange, next, null, 0, problems, seeded);
  }

  /** After a poll that brought a new copy, now held. */
  FeedState changed(
      Instant now, FeedFetch.Got got, String hash, List<String> newProblems, Instant next) {
    return new FeedState(
        url, got.etag(), got.lastModified(), hash, now, now, next, null, 0, newProblems, seeded);
  }

  /** After a poll that failed: the copy held (and its episodes) stays. */
  FeedState failed(Instant now, String error, Instant next) {
    return new FeedState(
        url,
        etag,
        lastModified,
        bodyHash,
        now,
        lastChange,
        next,
        error,
        failures + 1,
        problems,
        seeded);
  }

  /** With the problems a later read of the copy held found. */
  FeedState withProblems(List<String> newProblems) {
    return new FeedState(
        url,
        etag,
        lastModified,
        bodyHash,
        lastPoll,
        lastChange,
        nextPoll,
        lastError,
        failures,
        newProblems,
        seeded);
  }

  /** Once the copy held is in the index. */
  FeedState indexed() {
    return seeded
        ? this
        : new FeedState(
            url,
            etag,
            lastModified,
            bodyHash,
            lastPoll,
            lastChange,
            nextPoll,
            lastError,
            failures,
            problems,
            true);
  }
}
