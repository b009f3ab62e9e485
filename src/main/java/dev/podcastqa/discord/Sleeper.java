package dev.podcastqa.discord;

import java.time.Duration;

/** Waits; the REST client waits through one of these, so tests see the waits without waiting. */
@FunctionalInterface
public interface Sleeper {

  /** Really sleeps; an interrupt is restored and reported as a {@link DiscordApiException}. */
  Sleeper REAL =
      duration -> {
        try {
          Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DiscordApiException("interrupted while waiting out a Discord rate limit", 0);
        }
      };

  void sleep(Duration duration);
}
