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
    OptionalDouble start = cueTime(line, from, startEnd);
    OptionalDouble end = cueTime(line, endFrom, endEnd);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.getAsDouble(), end.getAsDouble()));
  }

  /**
   * A time on a timing line: a clock as {@link #time} reads it, or, as Podnews writes the cues of
   * its first minute, bare seconds with milliseconds ({@code 0.860 --> 7.380}).
   */
  private static OptionalDouble cueTime(String line, int from, int to) {
    OptionalDouble clock = time(line, from, to);
    if (clock.isPresent() || to - from < 5 || to - from > 6) {
      return clock;
    }
    int point = to - 4;
    char mark = line.charAt(point);
    int seconds = number(line, from, point, 2);
    int millis = number(line, point + 1, to, 3);
    if ((mark != '.' && mark != ',') || seconds < 0 || seconds > 59 || millis < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((seconds * 1000L + millis) / 1000.0);
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
   * exports). White space around it is ignored. Read in place, with no strings cut from it: this
   * runs twice for every cue, and the smaller code costs the JIT far less to compile (its compiled
   * form with {@code split} and {@code substring} inlined took seconds of compiling under load).
   */
  static OptionalDouble time(String text) {
    return time(text, 0, text.length());
  }

  /** The seconds {@code text} from {@code start} to before {@code end} names, as {@link #time}. */
  private static OptionalDouble time(String text, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    int fraction = Math.max(first(text, '.', from, to), first(text, ',', from, to));
    int wholeEnd = fraction < 0 ? to : fraction;
    int firstColon = first(text, ':', from, wholeEnd);
    int secondColon = firstColon < 0 ? -1 : first(text, ':', firstColon + 1, wholeEnd);
    if (firstColon < 0 || (secondColon >= 0 && first(text, ':', secondColon + 1, wholeEnd) >= 0)) {
      return OptionalDouble.empty();
    }
    boolean hoursGiven = secondColon >= 0;
    int minutesFrom = hoursGiven ? firstColon + 1 : from;
    int minutesTo = hoursGiven ? secondColon : firstColon;
    int hours = hoursGiven ? number(text, from, firstColon, 3) : 0;
    int minutes = number(text, minutesFrom, minutesTo, 2);
    int seconds = wholeEnd - minutesTo - 1 == 2 ? number(text, minutesTo + 1, wholeEnd, 2) : -1;
    int millis = fraction < 0 ? 0 : number(text, fraction + 1, to, 3);
    if (hours < 0 || minutes < 0 || seconds < 0 || millis < 0) {
      return OptionalDouble.empty();
    }
    if (seconds > 59 || (hoursGiven && minutes > 59)) {
      return OptionalDouble.empty();
    }
    // A fraction of one or two digits is tenths or hundredths: .5 is 500 ms, .25 is 250.
    for (int digits = to - fraction - 1; fraction >= 0 && digits < 3; digits++) {
      millis *= 10;
    }
    // Whole milliseconds divided once, so 00:00:02.310 is exactly the double 2.31.
    return OptionalDouble.of(((hours * 3600L + minutes * 60L + seconds) * 1000 + millis) / 1000.0);
  }

  /** Where {@code c} first is in {@code text} from {@code from} to before {@code to}, or -1. */
  private static int first(String text, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The value of {@code text} from {@code from} to before {@code to} when it is one to {@code most}
   * ASCII digits, else -1.
   */
  private static int number(String text, int from, int to, int most) {
    if (to - from < 1 || to - from > most) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
