package dev.podcastqa.web;

import dev.podcastqa.feedback.FeedbackLog;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The admin endpoints, behind {@link AdminGuard}: {@code GET /api/admin/report[?since=YYYY-MM-DD]}
 * gives what listeners asked as JSON, the same report {@code podcast-qa report --json} prints.
 */
final class AdminController {

  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final FeedbackLog feedback;

  AdminController(FeedbackLog feedback) {
    this.feedback = feedback;
  }

  void report(Context ctx) {
    ctx.json(feedback.report(since(ctx.queryParam("since"))));
  }

  private static LocalDate since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    // Four-digit years only: LocalDate also takes -999999999-01-01, whose first millisecond
    // overflows a long when the report counts from it.
    String text = value.strip();
    if (FOUR_DIGIT_YEAR.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // 2026-02-30: refused below
      }
    }
    throw RequestRejectedException.badField("since", "since must be a date like 2026-01-31.");
  }
}
