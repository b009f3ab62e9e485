package dev.podcastqa.ingest.transcript;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock a text transcript's line opens with, in the shapes {@link TranscriptLine} reads: {@code
 * 1:02:03}, {@code 02:03.5}, the {@code 1h02m03s} some transcript pages write, and minutes past 99
 * without hours ({@code [116:14]}, as stratomercata's two-hour AssemblyAI transcripts count on in
 * {@code MM:SS}; before, their last lines were no times and the episode ended at 99:59).
 */
final class TranscriptClock {

  /** The pattern of a clock, for {@link TranscriptLine}'s line shapes. */
  static final String PATTERN =
      "(?:(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?|\\d{3}:\\d{2}(?:[.,]\\d{1,3})?"
          + "|\\d{1,2}h\\d{2}m\\d{2}s)";

  private static final Pattern LETTERED = Pattern.compile("(\\d{1,2})h(\\d{2})m(\\d{2})s");
  private static final Pattern LONG_MINUTES = Pattern.compile("(\\d{3}):(\\d{2}(?:[.,]\\d{1,3})?)");

  private TranscriptClock() {}

  /** The seconds {@code clock}, matched by {@link #PATTERN}, names; empty when it is no time. */
  static OptionalDouble seconds(String clock) {
    Matcher lettered = LETTERED.matcher(clock);
    if (lettered.matches()) {
      return CueTiming.time(lettered.group(1) + ":" + lettered.group(2) + ":" + lettered.group(3));
    }
    Matcher minutes = LONG_MINUTES.matcher(clock);
    if (minutes.matches()) {
      int total = Integer.parseInt(minutes.group(1));
      return CueTiming.time(
          total / 60 + ":" + "%02d".formatted(total % 60) + ":" + minutes.group(2));
    }
    return CueTiming.time(clock);
  }
}
