package dev.podcastqa.cli;

import dev.podcastqa.episode.CalendarDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option as YYYY-MM-DD with a year from 0001 to 9999, and says so in plain words when
 * the value is not one. {@link LocalDate#parse} alone also takes {@code -999999999-01-01}, {@code
 * +999999999-12-31} and year 0, which no episode was published in and whose arithmetic (a first
 * millisecond, an epoch day) can overflow; the rule is the service's ({@link CalendarDate}).
 */
final class IsoDate implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /**
   * The day {@code value} names.
   *
   * @throws IllegalArgumentException saying what is wrong with it, without the option's name
   */
  static LocalDate parse(String value) {
    try {
      LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date (use YYYY-MM-DD)");
    }
    return CalendarDate.parse(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + value + "' is not a date from year 0001 to 9999 (use YYYY-MM-DD)"));
  }
}
