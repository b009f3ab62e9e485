package dev.podcastqa.ingest.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the cue timing lines WebVTT and SRT write ({@code 01:02.500 --> 00:01:04,000 align:start})
 * and writes times back in the same form for messages.
 */
final class CueTiming {

  private CueTiming() {}

  /** The start and end of a cue. */
  record Span(double start, double end) {}

  /** Whether {@code line} is meant as a timing line (it has the {@code -->} arrow). */
  static boolean isTimingLine(String line) {
    return line.contains("-->");
  }

  /**
   * The span {@code line} gives, or empty when it is not {@code TIME --> TIME [settings]}: spaces
   * around the arrow are optional (some SRT tools leave them out), settings follow white space.
   * Read by hand, not by a regular expression, as for every cue.
   */
  static Optional<Span> parse(String line) {
    int n = line.length();
    int from = skipSpaces(line, 0);
    int arrow = line.indexOf("-->", from);
    if (arrow < 0) {
      return Optional.empty();
    }
    int startEnd = arrow;
    while (startEnd > from && Spaces.isSpace(line.charAt(startEnd - 1))) {
      startEnd--;
    }
    int endFrom = skipSpaces(line, arrow + 3);
    int endEnd = endFrom;
    while (endEnd < n && !Spaces.isSpace(line.charAt(endEnd))) {
      endEnd++;
    }
    if (startEnd == from || endEnd == endFrom || !settings(line, endEnd)) {
      return Optional.empty();
    }
    OptionalDouble start = time(line.substring(from, startEnd));
    OptionalDouble end = time(line.substring(endFrom, endEnd));
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.getAsDouble(), end.getAsDouble()));
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && Spaces.isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether what follows the end time, from {@code i}, is nothing or white space and settings with
   * no line break but a last one.
   */
  private static boolean settings(String line, int i) {
    for (int j = i + 1; j < line.length() - 1; j++) {
      char c = line.charAt(j);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * The seconds a clock value names ({@code 01:02.5}, {@code 1:02:03,250}), or empty: hours (up to
   * three digits) optional, a comma or a dot before the fraction, which may be missing (SRT
   * exports).
   */
  static OptionalDouble time(String text) {
    String clock = text.strip();
    int fraction = Math.max(clock.indexOf('.'), clock.indexOf(','));
    String whole = fraction < 0 ? clock : clock.substring(0, fraction);
    String millisText = fraction < 0 ? "" : clock.substring(fraction + 1);
    String[] parts = whole.split(":", -1);
    boolean hoursGiven = parts.length == 3;
    if ((parts.length != 2 && !hoursGiven)
        || (hoursGiven && !digits(parts[0], 1, 3))
        || !digits(parts[parts.length - 2], 1, 2)
        || !digits(parts[parts.length - 1], 2, 2)
        || (fraction >= 0 && !digits(millisText, 1, 3))) {
      return OptionalDouble.empty();
    }
    int hours = hoursGiven ? Integer.parseInt(parts[0]) : 0;
    int minutes = Integer.parseInt(parts[parts.length - 2]);
    int seconds = Integer.parseInt(parts[parts.length - 1]);
    if (seconds > 59 || (hoursGiven && minutes > 59)) {
      return OptionalDouble.empty();
    }
    // Whole milliseconds divided once, so 00:00:02.310 is exactly the double 2.31.
    int millis = millisText.isEmpty() ? 0 : Integer.parseInt((millisText + "00").substring(0, 3));
    return OptionalDouble.of(((hours * 3600L + minutes * 60L + seconds) * 1000 + millis) / 1000.0);
  }

  /** Whether {@code text} is {@code least} to {@code most} ASCII digits. */
  private static boolean digits(String text, int least, int most) {
    if (text.length() < least || text.length() > most) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
