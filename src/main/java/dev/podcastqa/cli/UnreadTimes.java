package dev.podcastqa.cli;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An episode whose text holds clock times although nothing of it was read as timed: most likely a
 * transcript in a line format no reader knows (say {@code Casey – 00:03:18:}), kept as untimed show
 * notes. Its answers would cite it with no time, and {@code ingest} would otherwise report it as
 * read without a problem, so {@code ingest} names it.
 */
record UnreadTimes(String episodeId, int clocks, String first) {

  /** Fewer clock times than this in untimed text are taken as times of day, not a transcript's. */
  static final int AT_LEAST = 3;

  /**
   * {@code 00:03:18}, {@code 1:02:03} or {@code 03:18} (a colon may follow), not part of a longer
   * run.
   */
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d:.])(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?!\\d|[:.]\\d)");

  /**
   * The clock times of {@code episode}'s text when it has no timed part (no transcript segment, no
   * chapter, no reference) and at least {@link #AT_LEAST} of them; else empty.
   */
  static Optional<UnreadTimes> of(Episode episode, List<Segment> transcript) {
    if (!transcript.isEmpty() || !episode.chapters().isEmpty() || !episode.references().isEmpty()) {
      return Optional.empty();
    }
    Matcher clock = CLOCK.matcher(episode.description());
    int count = 0;
    String first = null;
    while (clock.find()) {
      if (first == null) {
        first = clock.group();
      }
      count++;
    }
    return count < AT_LEAST
        ? Optional.empty()
        : Optional.of(new UnreadTimes(episode.id(), count, first));
  }

  /** The line {@code ingest} prints on stderr; not a problem, so the exit code stays 0. */
  String line() {
    return "note: "
        + episodeId
        + ": its text holds "
        + clocks
        + " clock times (the first "
        + first
        + ") but none was read as a time, so its answers will cite it without one;"
        + " its transcript lines may be in a format not read (see README, What it reads)";
  }
}
