package dev.podcastqa.cli;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.Corpus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An episode whose text holds clock times although nothing of it was read as timed: most likely a
 * transcript in a line format no reader knows (say {@code Casey – 00:03:18:}), kept as untimed show
 * notes. Its answers would cite it with no time, and the corpus would otherwise be reported as read
 * without a problem, so {@code ingest}, {@code ask} and {@code serve} name it.
 */
record UnreadTimes(String episodeId, int clocks, String first) {

  /** Fewer clock times than this in untimed text are taken as times of day, not a transcript's. */
  static final int AT_LEAST = 3;

  /**
   * {@code 00:03:18}, {@code 1:02:03} or {@code 03:18} (a colon may follow), not in a longer run.
   */
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d:.])(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?!\\d|[:.]\\d)");

  /** The episodes of {@code corpus} that hold clock times none of which was read, in order. */
  static List<UnreadTimes> in(Corpus corpus) {
    return corpus.episodes().stream()
        .flatMap(e -> of(e, corpus.transcripts().has(e.id())).stream())
        .toList();
  }

  /**
   * The clock times of {@code episode}'s text when it has no timed part (no transcript, no chapter,
   * no reference) and at least {@link #AT_LEAST} of them; else empty. Whether it has a transcript
   * is asked, not read, so a large corpus's transcripts stay on disk.
   */
  static Optional<UnreadTimes> of(Episode episode, boolean hasTranscript) {
    if (hasTranscript || !episode.chapters().isEmpty() || !episode.references().isEmpty()) {
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

  /** The line printed on stderr (logged by {@code serve}); not a problem: exit codes stay. */
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
