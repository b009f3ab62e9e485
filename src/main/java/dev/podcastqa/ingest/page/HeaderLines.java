package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.source.Dates;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unlabelled date and run time some transcripts write right under their title, one a line
 * ({@code Hello Internet #1: Being Wrong on The Internet}, {@code 2014-01-31}, {@code 00:38:45}, as
 * the Hello Internet transcription project's header is laid out), read as the {@code Published:}
 * and {@code Duration:} fields they are. Only a line that is nothing but a date (with its year) or
 * a clock with hours counts, and only in the block the title opens: a clock further down is a time
 * in the episode.
 */
final class HeaderLines {

  private static final int MAX_DATE_CHARS = 30;
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final Pattern DATE_CHARACTERS = Pattern.compile("[\\p{L}\\d ,./-]+");
  private static final Pattern RUN_TIME = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}");

  private HeaderLines() {}

  /** The labelled field line {@code line} stands for, or empty when it is no bare date or time. */
  static Optional<String> asField(String line) {
    String text = line.strip();
    if (RUN_TIME.matcher(text).matches()) {
      return Optional.of("Duration: " + text);
    }
    if (text.length() <= MAX_DATE_CHARS
        && YEAR.matcher(text).find()
        && DATE_CHARACTERS.matcher(text).matches()
        && Dates.parse(text).isPresent()) {
      return Optional.of("Published: " + text);
    }
    return Optional.empty();
  }
}
