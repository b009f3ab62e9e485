package dev.podcastqa.web;

import dev.podcastqa.episode.Catalog;
import io.javalin.http.Context;

/**
 * The HTML pages: the web chat at {@code /}, the list of episodes at {@code /episodes} and an
 * episode at {@code /episodes/{id}}. All are static files whose scripts read the JSON API; the only
 * thing decided here is whether the episode exists, so an unknown id gets a real 404.
 */
final class PageController {

  /**
   * Pages load scripts, styles and data only from this service; audio may come from anywhere, and a
   * YouTube player only from YouTube's no-cookie embed. Even if corpus text slipped into the DOM as
   * markup, no inline script would run.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "media-src 'self' https: http:; connect-src 'self'; object-src 'none'; "
          + "frame-src https://www.youtube-nocookie.com; "
          + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Catalog catalog;
  private final Pages pages;

  PageController(Catalog catalog, Pages pages) {
    this.catalog = catalog;
    this.pages = pages;
  }

  void chat(Context ctx) {
    send(ctx, 200, pages.chat());
  }

  void episodes(Context ctx) {
    send(ctx, 200, pages.episodes());
  }

  void episode(Context ctx) {
    EpisodeController.find(catalog, ctx.pathParam("id"));
    send(ctx, 200, pages.episode());
  }

  static void send(Context ctx, int status, String html) {
    ctx.status(status)
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("Cache-Control", "no-cache")
        .contentType("text/html; charset=utf-8")
        .result(html);
  }
}
