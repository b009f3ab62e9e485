package dev.podcastqa.web;

import dev.podcastqa.discord.DiscordBot;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Builds the HTTP app: JSON API, web chat and episode pages over one {@link WebContext}. The app is
 * returned unstarted so the caller (the {@code serve} command, or a test on a free port) starts it.
 */
public final class WebApp {

  private WebApp() {}

  /** A new, unstarted app serving {@code context}, with the default {@link ClientLimits}. */
  public static Javalin create(WebContext context) {
    return create(context, ClientLimits.DEFAULT, List.of());
  }

  /**
   * A new, unstarted app serving {@code context}, holding each client to {@code limits}, with
   * {@code channels} mounted beside the API and the pages; each is closed when the app stops.
   */
  public static Javalin create(WebContext context, ClientLimits limits, List<WebChannel> channels) {
    Pages pages = Pages.load();
    ErrorMapper errors = new ErrorMapper(context.mapper(), pages);
    RouteTable routes = new RouteTable(context, pages);
    EarlyRefusals refusals = new EarlyRefusals(errors, channels);
    return Javalin.create(
        config -> {
          configure(config, context, errors, refusals);
          guard(config, limits, refusals);
          for (WebChannel channel : channels) {
            channel.addTo(config);
            config.events.serverStopped(channel::close);
          }
          routes.addTo(config.routes);
          errors.addTo(config.routes);
        });
  }

  private static void configure(
      JavalinConfig config, WebContext context, ErrorMapper errors, EarlyRefusals refusals) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(context.mapper(), false));
    // Routes reading bodies through Javalin (ctx.body()) get the same limit as RequestBody.
    config.http.maxRequestSize = RequestBody.MAX_BYTES;
    // GET /api/chat from a browser's address bar says "use POST", not "nothing at this address".
    config.http.prefer405over404 = true;
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/assets";
          files.directory = "/web/assets";
          files.location = Location.CLASSPATH;
        });
    // What browsers fetch from the root by themselves (the favicon), so it is never a 404.
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/web/root";
          files.location = Location.CLASSPATH;
        });
    config.router.javaLangErrorHandler(errors::onError);
    config.events.serverStopped(() -> context.discord().ifPresent(DiscordBot::close));
    config.events.serverStopped(context.feedback()::close);
    JettyErrorHandler jettyErrors = new JettyErrorHandler(refusals);
    config.jetty.modifyServer(
        server -> {
          // Refuses bodies far over the limit on every route before anything reads them; those
          // just over it are read on and discarded by BodyDeadline, so the client sees the 413.
          server.setHandler(
              new SizeLimitHandler((long) RequestBody.MAX_BYTES * BodyDeadline.DRAIN_FACTOR, -1));
          server.setErrorHandler(jettyErrors);
        });
    config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(jettyErrors));
  }

  /**
   * Slow clients hold no thread: bodies are read without blocking one, and both the request head
   * and the body have a deadline; connections per client address, and answers in progress per
   * address and in all, are limited; a header meant once and sent twice is refused. Wraps the size
   * limit set by {@link #configure}, so it must run after it.
   */
  private static void guard(JavalinConfig config, ClientLimits limits, EarlyRefusals refusals) {
    config.jetty.modifyServer(
        server -> {
          ConnectionGuard connections = new ConnectionGuard(server, limits);
          server.addBean(connections);
          SizeLimitHandler sizeLimit = (SizeLimitHandler) server.getHandler();
          BodyDeadline bodies =
              new BodyDeadline(connections, limits.requestRead(), RequestBody.MAX_BYTES);
          // Inside the body deadline: a body still arriving holds no answer slot.
          HeaderChecks headers = new HeaderChecks(refusals);
          headers.setHandler(
              new AnswerSlots(limits.answersPerAddress(), limits.answers(), refusals));
          bodies.setHandler(headers);
          sizeLimit.setHandler(bodies);
        });
  }
}
