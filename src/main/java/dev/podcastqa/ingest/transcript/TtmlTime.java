package dev.podcastqa.ingest.transcript;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TTML time expressions: clock times ({@code 00:00:01.000}, {@code 1:09:04.480}, {@code
 * 02:15.500}, {@code 00:00:01:12} with frames), offsets ({@code 12.5s}, {@code 1500ms}, {@code 2m},
 * {@code 1h}, {@code 25f}, {@code 10000000t}) and bare seconds ({@code 0.220}, as Apple Podcasts
 * writes them).
 *
 * @param frameRate frames per second, for frame counts ({@code ttp:frameRate} times its multiplier;
 *     30 when the file does not say)
 * @param tickRate ticks per second, for {@code t} offsets ({@code ttp:tickRate})
 */
record TtmlTime(double frameRate, double tickRate) {

  private static final Pattern CLOCK =
      Pattern.compile("(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d+)|:(\\d+(?:\\.\\d+)?))?");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})(?:\\.(\\d+))?");
  private static final Pattern OFFSET = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|f|t)?");

  TtmlTime {
    if (!(frameRate > 0) || !(tickRate > 0)) {
      throw new IllegalArgumentException(
          "frame and tick rates must be positive, were " + frameRate + " and " + tickRate);
    }
  }

  /** The seconds {@code text} names, rounded to the millisecond, or empty when it is no time. */
  OptionalDouble seconds(String text) {
    String value = text.strip();
    Matcher clock = CLOCK.matcher(value);
    if (clock.matches()) {
      return clock(clock);
    }
    Matcher minutesOnly = MINUTES.matcher(value);
    if (minutesOnly.matches()) {
      int seconds = Integer.parseInt(minutesOnly.group(2));
      if (seconds > 59) {
        return OptionalDouble.empty();
      }
      String fraction = minutesOnly.group(3) == null ? "0" : minutesOnly.group(3);
      return millis(
          Integer.parseInt(minutesOnly.group(1)) * 60.0
              + seconds
              + Double.parseDouble("0." + fraction));
    }
    Matcher offset = OFFSET.matcher(value);
    if (!offset.matches()) {
      return OptionalDouble.empty();
    }
    double count = Double.parseDouble(offset.group(1));
    String metric = offset.group(2) == null ? "s" : offset.group(2);
    double seconds =
        switch (metric) {
          case "h" -> count * 3600;
          case "m" -> count * 60;
          case "ms" -> count / 1000;
          case "f" -> count / frameRate;
          case "t" -> count / tickRate;
          default -> count;
        };
    return millis(seconds);
  }

  /** The seconds of a matched {@code hh:mm:ss.fff} or {@code hh:mm:ss:frames} clock time. */
  private OptionalDouble clock(Matcher clock) {
    int minutes = Integer.parseInt(clock.group(2));
    int seconds = Integer.parseInt(clock.group(3));
    if (minutes > 59 || seconds > 60) {
      return OptionalDouble.empty();
    }
    double total = Long.parseLong(clock.group(1)) * 3600.0 + minutes * 60 + seconds;
    if (clock.group(4) != null) {
      total += Double.parseDouble("0." + clock.group(4));
    } else if (clock.group(5) != null) {
      total += Double.parseDouble(clock.group(5)) / frameRate;
    }
    return millis(total);
  }

  /** {@code seconds} rounded to the millisecond, so 94.67 is exactly the double 94.67. */
  private static OptionalDouble millis(double seconds) {
    return OptionalDouble.of(Math.round(seconds * 1000) / 1000.0);
  }
}
