package dev.podcastqa.ingest.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates leniently: {@code Dec 7, 2024}, {@code 18 June 2023}, {@code 2023-06-18},
 * RFC 822 feed dates whose weekday is wrong or whose zone is a name like EST, and a Unix time in
 * seconds or, as JavaScript writes it, milliseconds ({@code date: 1611583200813} in Syntax's show
 * notes), read in UTC and only when it falls in 1990-2100. Only the calendar date is kept; the
 * weekday is never trusted.
 */
public final class Dates {

  private static final Pattern UNIX_TIME = Pattern.compile("(\\d{10})(\\d{3})?");
  private static final LocalDate EARLIEST_UNIX_DATE = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST_UNIX_DATE = LocalDate.of(2100, 12, 31);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]{2,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})(?:\\s+.*)?");
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("MMM d, uuuu"),
          formatter("MMMM d, uuuu"),
          formatter("MMM d uuuu"),
          formatter("MMMM d uuuu"),
          formatter("d MMM uuuu"),
          formatter("d MMMM uuuu"));

  private Dates() {}

  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip().replaceAll("\\s+", " ");
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      return ofFields(iso.group(1), iso.group(2), iso.group(3));
    }
    Matcher unix = UNIX_TIME.matcher(value);
    if (unix.matches()) {
      return fromUnixSeconds(Long.parseLong(unix.group(1)));
    }
    Matcher rfc = RFC_822.matcher(value);
    if (rfc.matches()) {
      Optional<LocalDate> date = fromRfc822(rfc);
      if (date.isPresent()) {
        return date;
      }
    }
    String withoutWeekday =
        value.replaceFirst("^[A-Za-z]+day,?\\s+", "").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    for (DateTimeFormatter formatter : WRITTEN) {
      try {
        return Optional.of(LocalDate.parse(withoutWeekday, formatter));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> fromUnixSeconds(long seconds) {
    LocalDate date = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate();
    return date.isBefore(EARLIEST_UNIX_DATE) || date.isAfter(LATEST_UNIX_DATE)
        ? Optional.empty()
        : Optional.of(date);
  }

  private static Optional<LocalDate> fromRfc822(Matcher m) {
    Optional<Integer> month = month(m.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 70 ? 2000 : 1900;
    }
    try {
      return Optional.of(LocalDate.of(year, month.get(), Integer.parseInt(m.group(1))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) {
      return Optional.empty();
    }
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    int index = months.indexOf(key.substring(0, 3));
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  private static Optional<LocalDate> ofFields(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
