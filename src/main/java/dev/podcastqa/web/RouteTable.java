package dev.podcastqa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Every route the app serves, in one table. Controllers translate HTTP to services and back;
 * failures they throw are turned into responses by {@link ErrorMapper}. Static assets are served
 * from the jar at {@code /assets/*}, and {@code /favicon.ico} beside the pages (see {@link
 * WebApp}). The channels for agents and chat clients add their own, under their own prefix (see
 * {@link WebChannel}): {@code /v1/chat/completions} and {@code /v1/models} ({@code OpenAiChannel}),
 * {@code /mcp} ({@code McpHttpChannel}).
 */
final class RouteTable {

  private final ChatController chat;
  private final DiscordController discord;
  private final ChatStreamController chatStream;
  private final FeedbackController feedback;
  private final AdminController adminRoutes;
  private final EpisodeController episodes;
  private final FeedsController feeds;
  private final HealthController health;
  private final PageController pages;
  private final ObjectMapper mapper;
  private final AdminGuard admin;

  RouteTable(WebContext context, Pages html) {
    RequestBody body = new RequestBody(context.mapper());
    this.chat = new ChatController(context.answers(), context.catalog(), context.feedback(), body);
    this.chatStream =
        new ChatStreamController(context.answers(), context.catalog(), context.feedback(), body);
    this.feedback = new FeedbackController(context.feedback(), body);
    this.adminRoutes = new AdminController(context.feedback());
    this.discord = new DiscordController(context.discord(), context.catalog(), body);
    this.mapper = context.mapper();
    this.admin = context.admin();
    this.episodes =
        new EpisodeController(context.catalog(), SuggestedQuestions.load(), Clock.systemUTC());
    this.feeds = new FeedsController(context.feeds(), body);
    this.health = new HealthController(context.status());
    this.pages = new PageController(context.catalog(), html);
  }

  void addTo(RoutesConfig routes) {
    routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    // Admin endpoints: 404 while no admin token is set, 401 without the right one.
    routes.before(AdminGuard.PATHS, admin::check);

    // JSON API: each route takes the query parameters listed, and no others
    routes.post("/api/chat", query(chat::chat));
    routes.post(
        "/api/chat/stream",
        query(ctx -> chatStream.stream(ctx, new EventStream(ctx.res(), mapper))));
    routes.post("/api/feedback", query(feedback::rate));
    getAndHead(routes, "/api/episodes", query(episodes::list));
    getAndHead(routes, "/api/episodes/{id}", query(episodes::one, "include"));
    getAndHead(routes, "/api/suggestions", query(episodes::suggestions, "episodeId"));
    getAndHead(routes, "/health", health::health); // monitors may add parameters of their own
    getAndHead(routes, "/api/feeds", query(feeds::list));
    routes.post("/api/admin/refresh", query(feeds::refresh));
    getAndHead(routes, "/api/discord", query(discord::status));
    routes.post("/api/discord/share", query(discord::share));

    // Discord's interactions endpoint (signed requests from Discord; JSON like the API)
    routes.post("/discord/interactions", discord::interactions);

    // Admin endpoints (behind the admin token, see AdminGuard)
    getAndHead(routes, "/api/admin/report", query(adminRoutes::report, "since"));

    // Files served from the jar (see WebApp) take GET and HEAD; another method is a 405 naming
    // them, not the not-found page for a file that is there.
    routes.before("/assets/*", RouteTable::readOnly);
    routes.before("/favicon.ico", RouteTable::readOnly);

    // Pages (static HTML whose scripts read the API)
    getAndHead(routes, "/", pages::chat);
    getAndHead(routes, "/episodes", pages::episodes);
    getAndHead(routes, "/episodes/{id}", pages::episode);
  }

  /**
   * {@code handler}, after refusing query parameters other than {@code known}: a misspelt one
   * ({@code ?episodeID=}) would otherwise be ignored and the answer be about something else; and
   * one given twice, of which the first alone was read.
   */
  private static Handler query(Handler handler, String... known) {
    List<String> names = List.of(known);
    return ctx -> {
      Map<String, List<String>> sent = ctx.queryParamMap();
      UnknownNames.QUERY_PARAMETERS.requireKnown(sent.keySet(), names);
      sent.forEach(
          (name, values) -> {
            if (values.size() > 1) {
              throw new RequestRejectedException(
                  400,
                  "duplicate_query_parameter",
                  "The query parameter \""
                      + UnknownNames.shown(name)
                      + "\" is given "
                      + values.size()
                      + " times; give it once.",
                  UnknownNames.shown(name));
            }
          });
      handler.handle(ctx);
    };
  }

  private static void readOnly(Context ctx) {
    HandlerType method = ctx.method();
    if (method != HandlerType.GET && method != HandlerType.HEAD) {
      ctx.header("Allow", "GET, HEAD");
      throw new RequestRejectedException(
          405, "method_not_allowed", "This address takes GET or HEAD, not " + method + ".");
    }
  }

  /** HEAD answers as GET does (status, headers), and Jetty leaves the body out. */
  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
