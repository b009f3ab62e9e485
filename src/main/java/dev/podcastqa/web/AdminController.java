package dev.podcastqa.web;

import dev.podcastqa.feedback.FeedbackLog;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The admin endpoints, behind {@link AdminGuard}: {@code GET /api/admin/report[?since=YYYY-MM-DD]}
 * gives what listeners asked as JSON, the same report {@code podcast-qa report --json} prints.
 */
final class AdminController {

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
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw RequestRejectedException.badField("since", "since must be a date like 2026-01-31.");
    }
  }
}
