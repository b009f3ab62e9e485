package dev.podcastqa.episode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a date someone gives as a filter (the API's {@code from}, {@code to} and {@code since}, MCP
 * tools' {@code from} and {@code to}, the CLI's date options): {@code YYYY-MM-DD} with a year from
 * 0001 to 9999, as calendars and episode pages write it. {@link LocalDate#parse} alone also takes
 * {@code -999999999-01-01}, {@code +999999999-12-31} and year 0, which no episode was published in
 * and whose arithmetic (a first millisecond, an epoch day in another store) can overflow.
 */
public final class CalendarDate {

  /** What a refusal says a date must look like, after the field's name. */
  public static final String RULE = "must be a date like 2023-01-31 (years 0001 to 9999)";

  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private CalendarDate() {}

  /**
   * The date {@code text} names, white space around it ignored; empty when it is not {@code
   * YYYY-MM-DD}, names no day of the calendar (2023-02-30) or falls in year 0.
   */
  public static Optional<LocalDate> parse(String text) {
    String date = text.strip();
    if (!SHAPE.matcher(date).matches() || date.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
