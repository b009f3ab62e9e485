package dev.podcastqa.web;

import dev.podcastqa.episode.CalendarDate;
import dev.podcastqa.feedback.FeedbackLog;
import io.javalin.http.Context;
import java.time.LocalDate;

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
    // Not -999999999-01-01, whose first millisecond overflows a long when the report counts from
    // it.
    return CalendarDate.parse(value)
        .orElseThrow(
            () -> RequestRejectedException.badField("since", "since " + CalendarDate.RULE + "."));
  }
}
