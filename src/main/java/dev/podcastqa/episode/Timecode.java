package dev.podcastqa.episode;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the clock times that show notes use: {@code 00:49:26}, {@code 1:23:45}, {@code
 * 04:44}, optionally inside brackets or parentheses.
 */
public final class Timecode {

  private static final Pattern CLOCK =
      Pattern.compile("^[\\[(]?\\s*(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})\\s*[\\])]?$");

  private Timecode() {}

  /**
   * The second a clock time names, or empty when {@code text} is not one. Two fields are minutes
   * and seconds; three are hours, minutes and seconds.
   */
  public static OptionalInt parse(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    Matcher m = CLOCK.matcher(text.strip());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = Integer.parseInt(m.group(3));
    if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(hours * 3600 + minutes * 60 + seconds);
  }

  /** {@code seconds} as {@code hh:mm:ss}, the form every citation shows. */
  public static String format(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("negative time: " + seconds);
    }
    return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
