package dev.podcastqa.ingest.source;

import dev.podcastqa.episode.Timecode;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads episode durations in the forms pages and feeds write them: {@code 13356}, {@code 04:10:00},
 * {@code 1:02:03}, {@code 62:03}, {@code 4 hrs 10 min}, {@code 1h 5m 3s}.
 */
public final class Durations {

  private static final Pattern SECONDS = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");

  /** Hours, minutes and seconds, each short enough that their sum is an int. */
  private static final Pattern WORDS =
      Pattern.compile(
          "(?:(\\d{1,5})\\s*(?:h|hr|hrs|hour|hours))?\\s*,?\\s*"
              + "(?:(\\d{1,6})\\s*(?:m|min|mins|minute|minutes))?\\s*,?\\s*"
              + "(?:(\\d{1,7})\\s*(?:s|sec|secs|second|seconds))?");

  private static final Pattern LONG_CLOCK = Pattern.compile("(\\d{1,4}):(\\d{2})(?::(\\d{2}))?");

  private Durations() {}

  /** The duration in whole seconds, or empty when {@code text} is not a duration. */
  public static OptionalInt parse(String text) {
    if (text == null || text.isBlank()) {
      return OptionalInt.empty();
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (SECONDS.matcher(value).matches()) {
      return OptionalInt.of((int) Math.round(Double.parseDouble(value)));
    }
    OptionalInt clock = Timecode.parse(value);
    if (clock.isPresent()) {
      return clock;
    }
    Matcher longClock = LONG_CLOCK.matcher(value);
    if (longClock.matches()) {
      return fromLongClock(longClock);
    }
    Matcher words = WORDS.matcher(value);
    if (words.matches()
        && (words.group(1) != null || words.group(2) != null || words.group(3) != null)) {
      return OptionalInt.of(
          number(words.group(1)) * 3600 + number(words.group(2)) * 60 + number(words.group(3)));
    }
    return OptionalInt.empty();
  }

  /** Clocks with more than 59 minutes in front ({@code 75:30}), which feeds do write. */
  private static OptionalInt fromLongClock(Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return second > 59 ? OptionalInt.empty() : OptionalInt.of(first * 60 + second);
    }
    int third = Integer.parseInt(m.group(3));
    if (second > 59 || third > 59) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(first * 3600 + second * 60 + third);
  }

  private static int number(String group) {
    return group == null ? 0 : Integer.parseInt(group);
  }
}
