package dev.podcastqa.web;

import dev.podcastqa.follow.Feeds;
import dev.podcastqa.follow.RefreshPendingException;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/feeds}: each followed feed's state; {@code POST /api/admin/refresh}: polls every
 * feed and looks at the episodes folder now, answering once the index holds what they gave; it
 * takes no fields (no body, or {@code {}}).
 */
final class FeedsController {

  private static final Logger LOG = LoggerFactory.getLogger(FeedsController.class);

  private final Feeds feeds;
  private final RequestBody body;

  FeedsController(Feeds feeds, RequestBody body) {
    this.feeds = feeds;
    this.body = body;
  }

  void list(Context ctx) {
    ctx.json(Map.of("feeds", feeds.feeds()));
  }

  /** The refresh's outcome, or 503 with a Retry-After when it outlasts its wait (it goes on). */
  void refresh(Context ctx) {
    body.none(ctx);
    Feeds.Refreshed done;
    try {
      done = feeds.refresh();
    } catch (RefreshPendingException e) {
      LOG.info("POST {}: {}", ctx.path(), e.getMessage());
      ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()))
          .status(503)
          .json(
              new ApiError(
                  "refresh_pending",
                  "The refresh is still running and goes on in the background; ask again in "
                      + e.retryAfterSeconds()
                      + " s to see what it did."));
      return;
    }
    ctx.json(Map.of("refreshed", done, "feeds", feeds.feeds()));
  }
}
