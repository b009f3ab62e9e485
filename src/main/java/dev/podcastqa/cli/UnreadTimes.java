package dev.podcastqa.cli;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An episode whose text holds clock times although nothing of it was read as timed: most likely a
 * transcript in a line format no reader knows (say {@code Casey – 00:03:18:}), kept as untimed show
 * notes. Its answers would cite it with no time, and the corpus would otherwise be reported as read
 * without a problem, so {@code ingest}, {@code ask} and {@code serve} name it. Times a source holds
 * in its markup count too: the NLP Highlights transcripts open each turn with {@code <turn
 * speaker="Sebastian Ruder" timestamp="00:48">}, a tag the page reader drops with its attributes,
 * so the episode's text keeps no clock time at all.
 */
record UnreadTimes(String episodeId, int clocks, String first) {

  /** Fewer clock times than this in untimed text are taken as times of day, not a transcript's. */
  static final int AT_LEAST = 3;

  /**
   * {@code 00:03:18}, {@code 1:02:03} or {@code 03:18} (a colon may follow), not in a longer run.
   */
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d:.])(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?!\\d|[:.]\\d)");

  /**
   * A tag attribute whose whole value is a clock time ({@code timestamp="00:48"}, {@code
   * begin='1:02:03.5'}); a date-time value ({@code datetime="2023-02-02T10:00"}) is not one.
   */
  private static final Pattern CLOCK_ATTRIBUTE =
      Pattern.compile(
          "<[A-Za-z][^<>]*?\\s[\\w:-]+\\s*=\\s*[\"']((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d+)?)[\"']");

  /**
   * The episodes of {@code corpus} whose text holds clock times none of which was read, in order;
   * no source is read again, so {@code ask} and {@code serve} add no file reads to their start.
   */
  static List<UnreadTimes> in(Corpus corpus) {
    return corpus.episodes().stream()
        .flatMap(e -> of(e, corpus.transcripts().has(e.id())).stream())
        .toList();
  }

  /**
   * As {@link #in}, and also the untimed episodes whose local source files hold clock times in tag
   * attributes: for {@code ingest}, whose job is to look at the sources.
   */
  static List<UnreadTimes> inSources(Corpus corpus) {
    return corpus.episodes().stream()
        .flatMap(e -> of(e, corpus.transcripts().has(e.id()), UnreadTimes::localText).stream())
        .toList();
  }

  /** {@link #of(Episode, boolean, Function)} with the episode's text alone, no source read. */
  static Optional<UnreadTimes> of(Episode episode, boolean hasTranscript) {
    return of(episode, hasTranscript, source -> "");
  }

  /**
   * The clock times of {@code episode}'s text when it has no timed part (no transcript, no chapter,
   * no reference) and at least {@link #AT_LEAST} of them; else, when its sources ({@code
   * sourceText} gives each one's text, empty when it has none) hold that many clock-valued tag
   * attributes, those; else empty. Whether it has a transcript is asked, not read, so a large
   * corpus's transcripts stay on disk, and a source is read only for an untimed episode.
   */
  static Optional<UnreadTimes> of(
      Episode episode, boolean hasTranscript, Function<Source, String> sourceText) {
    if (hasTranscript || !episode.chapters().isEmpty() || !episode.references().isEmpty()) {
      return Optional.empty();
    }
    Optional<UnreadTimes> inText = counted(episode.id(), CLOCK.matcher(episode.description()), 0);
    if (inText.isPresent()) {
      return inText;
    }
    for (Source source : episode.sources()) {
      Optional<UnreadTimes> inMarkup =
          counted(episode.id(), CLOCK_ATTRIBUTE.matcher(sourceText.apply(source)), 1);
      if (inMarkup.isPresent()) {
        return inMarkup;
      }
    }
    return Optional.empty();
  }

  /** The matches of {@code clock} (the time is its {@code group}), when {@link #AT_LEAST}. */
  private static Optional<UnreadTimes> counted(String episodeId, Matcher clock, int group) {
    int count = 0;
    String first = null;
    while (clock.find()) {
      if (first == null) {
        first = clock.group(group);
      }
      count++;
    }
    return count < AT_LEAST
        ? Optional.empty()
        : Optional.of(new UnreadTimes(episodeId, count, first));
  }

  /** The text of {@code source} when it is a readable local file, else empty. */
  private static String localText(Source source) {
    try {
      Path file = Path.of(source.location());
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (InvalidPathException | IOException | UncheckedIOException e) {
      return ""; // a URL, or a file gone or not UTF-8 since it was read: nothing more to say
    }
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
