package dev.podcastqa.web;

import dev.podcastqa.follow.Feeds;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /api/feeds}: each followed feed's state; {@code POST /api/admin/refresh}: polls every
 * feed and looks at the episodes folder now, answering once the index holds what they gave.
 */
final class FeedsController {

  private final Feeds feeds;

  FeedsController(Feeds feeds) {
    this.feeds = feeds;
  }

  void list(Context ctx) {
    ctx.json(Map.of("feeds", feeds.feeds()));
  }

  void refresh(Context ctx) {
    Feeds.Refreshed done = feeds.refresh();
    ctx.json(Map.of("refreshed", done, "feeds", feeds.feeds()));
  }
}
