package dev.podcastqa.ingest.page;

import dev.podcastqa.episode.Timecode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts with a clock time and names what happens then: {@code [00:49:26] Title},
 * {@code (01:05:02) Title}, {@code 1:23:45 - Title}, {@code 00:00 Title}, {@code 12:30 – Title}.
 */
public record TimestampLine(int seconds, String title) {

  private static final Pattern LEADING =
      Pattern.compile(
          "^(?:[-*•]\\s*)?"
              + "([\\[(]\\s*\\d{1,2}(?::\\d{2}){1,2}\\s*[\\])]"
              + "|\\d{1,2}(?::\\d{2}){1,2}(?=[\\s\\-–—|]))"
              + "\\s*(?:[-–—:|]\\s*)?(\\S.*)$");

  /** The timestamp and title of {@code text}, or empty when it does not start with a time. */
  public static Optional<TimestampLine> parse(String text) {
    Matcher m = LEADING.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    OptionalInt seconds = Timecode.parse(m.group(1));
    if (seconds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TimestampLine(seconds.getAsInt(), m.group(2).strip()));
  }

  static boolean isTimestamped(String text) {
    return parse(text).isPresent();
  }
}
