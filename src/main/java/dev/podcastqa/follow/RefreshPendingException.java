package dev.podcastqa.follow;

import java.time.Duration;

/** A refresh asked for did not finish within the wait; it goes on in the background. */
public final class RefreshPendingException extends RuntimeException {

  /** The longest a caller is asked to wait before trying again. */
  private static final long MAX_RETRY_SECONDS = 60;

  private final long retryAfterSeconds;

  RefreshPendingException(Duration waited) {
    super(
        "the refresh still runs after " + waited.toSeconds() + " s; it goes on in the background");
    this.retryAfterSeconds = Math.max(1, Math.min(MAX_RETRY_SECONDS, waited.toSeconds()));
  }

  /** Seconds after which asking again is worth it: the wait, at most a minute. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
