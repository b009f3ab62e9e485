package dev.podcastqa.ingest.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cue timing lines WebVTT and SRT write ({@code 01:02.500 --> 00:01:04,000 align:start})
 * and writes times back in the same form for messages.
 */
final class CueTiming {

  /** Spaces around the arrow are optional: some SRT tools leave them out. */
  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+?)\\s*-->\\s*(\\S+)(?:\\s.*)?$");

  /** Hours optional; a comma or a dot before the fraction, which may be missing (SRT exports). */
  private static final Pattern TIME =
      Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

  private CueTiming() {}

  /** The start and end of a cue. */
  record Span(double start, double end) {}

  /** Whether {@code line} is meant as a timing line (it has the {@code -->} arrow). */
  static boolean isTimingLine(String line) {
    return line.contains("-->");
  }

  /** The span {@code line} gives, or empty when it is not {@code TIME --> TIME [settings]}. */
  static Optional<Span> parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    OptionalDouble start = time(m.group(1));
    OptionalDouble end = time(m.group(2));
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.getAsDouble(), end.getAsDouble()));
  }

  /** The seconds a clock value names ({@code 01:02.5}, {@code 1:02:03,250}), or empty. */
  static OptionalDouble time(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = Integer.parseInt(m.group(3));
    if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
      return OptionalDouble.empty();
    }
    // Whole milliseconds divided once, so 00:00:02.310 is exactly the double 2.31.
    int millis = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00").substring(0, 3));
    return OptionalDouble.of(((hours * 3600L + minutes * 60L + seconds) * 1000 + millis) / 1000.0);
  }

  /** {@code seconds} as {@code hh:mm:ss.mmm}, the form problems show. */
  static String format(double seconds) {
    long millis = Math.round(seconds * 1000);
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millis % 1000);
  }
}
