package dev.podcastqa.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.discord.DiscordApiException;
import dev.podcastqa.discord.DiscordOffException;
import dev.podcastqa.discord.DuplicateInteractionException;
import dev.podcastqa.discord.InvalidSignatureException;
import dev.podcastqa.discord.NothingToShareException;
import dev.podcastqa.discord.UnsupportedInteractionException;
import dev.podcastqa.discord.WebhookDeletedException;
import dev.podcastqa.feedback.FeedbackStoreException;
import dev.podcastqa.feedback.InvalidFeedbackException;
import dev.podcastqa.feedback.UnknownAnswerException;
import dev.podcastqa.index.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures become HTTP responses. Every error is JSON {@code {"error", "detail"}}
 * except a 404 outside the API, which gets the friendly not-found page. A client's mistake (a 4xx)
 * is one log line; an unavailable index store is a 503 and one log line; other unexpected failures
 * are logged with their stack trace and answered with a generic 500. Nothing internal reaches a
 * client.
 */
final class ErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final String DELETED =
      "The Discord webhook was deleted; set PODCASTQA_DISCORD_WEBHOOK_URL to a new one.";

  private final ObjectMapper mapper;
  private final Pages pages;

  ErrorMapper(ObjectMapper mapper, Pages pages) {
    this.mapper = mapper;
    this.pages = pages;
  }

  void addTo(RoutesConfig routes) {
    routes.exception(RequestRejectedException.class, (e, ctx) -> send(ctx, e.status(), e.body()));
    routes.exception(
        InvalidQuestionException.class,
        (e, ctx) -> send(ctx, 400, new ApiError("invalid_question", sentence(e.getMessage()))));
    routes.exception(
        EpisodeNotFoundException.class,
        (e, ctx) -> send(ctx, 404, new ApiError("episode_not_found", unknownEpisode(e.id()))));
    routes.exception(
        FiltersMatchNothingException.class,
        (e, ctx) -> send(ctx, 404, new ApiError(e.code(), e.getMessage())));
    addFeedbackTo(routes);
    addDiscordTo(routes);
    routes.exception(StoreUnavailableException.class, this::storeUnavailable);
    // Javalin's own refusals: no route (404), Javalin's body limit (413) and the like.
    routes.exception(HttpResponseException.class, this::refused);
    routes.exception(Exception.class, this::unexpected);
  }

  private void addFeedbackTo(RoutesConfig routes) {
    routes.exception(
        InvalidFeedbackException.class,
        (e, ctx) -> send(ctx, 400, new ApiError("invalid_feedback", sentence(e.getMessage()))));
    routes.exception(
        UnknownAnswerException.class,
        (e, ctx) ->
            send(
                ctx,
                400,
                new ApiError(
                    "unknown_answer", "No answer has the id \"" + shorten(e.answerId()) + "\".")));
    routes.exception(FeedbackStoreException.class, this::feedbackUnavailable);
  }

  /** The feedback database is not there or failed: one log line, and a 503. */
  private void feedbackUnavailable(FeedbackStoreException e, Context ctx) {
    LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
    send(ctx, 503, new ApiError("feedback_unavailable", "The feedback database is not available."));
  }

  private void addDiscordTo(RoutesConfig routes) {
    routes.exception(
        DiscordOffException.class,
        (e, ctx) -> send(ctx, 404, new ApiError("discord_off", e.getMessage())));
    routes.exception(
        InvalidSignatureException.class,
        (e, ctx) ->
            send(ctx, 401, new ApiError("invalid_signature", "The request signature is invalid.")));
    routes.exception(
        UnsupportedInteractionException.class,
        (e, ctx) -> send(ctx, 400, new ApiError("unsupported_interaction", e.getMessage())));
    routes.exception(
        NothingToShareException.class,
        (e, ctx) -> send(ctx, 409, new ApiError("nothing_to_share", e.getMessage())));
    routes.exception(
        WebhookDeletedException.class,
        (e, ctx) -> send(ctx, 502, new ApiError("webhook_deleted", DELETED)));
    routes.exception(
        DuplicateInteractionException.class,
        (e, ctx) -> send(ctx, 409, new ApiError("duplicate_interaction", e.getMessage())));
    routes.exception(DiscordApiException.class, this::discordFailed);
  }

  private void discordFailed(DiscordApiException e, Context ctx) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    send(ctx, 502, new ApiError("discord_failed", "Discord did not take the message; try later."));
  }

  /** Javalin's refusal; a wrong method names the ones the address takes, also in {@code Allow}. */
  private void refused(HttpResponseException e, Context ctx) {
    String allowed = String.join(", ", e.getDetails().values()).replace(" ", "");
    if (e.getStatus() != 405 || allowed.isEmpty()) {
      send(ctx, e.getStatus(), ApiError.forStatus(e.getStatus()));
      return;
    }
    ctx.header("Allow", allowed.replace(",", ", "));
    String detail =
        "This address takes " + allowed.replace(",", " or ") + ", not " + ctx.method() + ".";
    send(ctx, 405, new ApiError("method_not_allowed", detail));
  }

  /** The index server is down or its index gone: one log line naming it, and a 503 to retry. */
  private void storeUnavailable(StoreUnavailableException e, Context ctx) {
    LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
    send(ctx, 503, ApiError.forStatus(503));
  }

  private void unexpected(Exception e, Context ctx) {
    int refused = jettyRefusal(e);
    if (refused >= 400 && refused < 500) {
      // Jetty stopped reading the request, e.g. a chunked body over the server-wide limit.
      send(ctx, refused, ApiError.forStatus(refused));
      return;
    }
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    send(ctx, 500, ApiError.internal());
  }

  /** The status Jetty refused the request with, if {@code e} comes from such a refusal; else 0. */
  private static int jettyRefusal(Exception e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof HttpException refusal) {
        return refusal.getCode();
      }
    }
    return 0;
  }

  /** For {@link Error}s, which Javalin hands to a servlet-level hook rather than to handlers. */
  void onError(HttpServletResponse response, Error error) {
    LOG.error("request failed with an error", error);
    try {
      response.resetBuffer();
      response.setStatus(500);
      response.setContentType("application/json; charset=utf-8");
      response.getOutputStream().write(json(ApiError.internal()));
    } catch (IOException | IllegalStateException e) {
      LOG.debug("could not write the error response", e);
    }
  }

  byte[] json(ApiError body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // Two strings always serialize; keep a fixed body just in case.
      return "{\"error\":\"internal_error\"}".getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Sends {@code body}; a client's mistake (a 4xx) is also one log line, never a stack trace. */
  private void send(Context ctx, int status, ApiError body) {
    if (status >= 400 && status < 500 && LOG.isInfoEnabled()) {
      LOG.info(
          RefusalLine.of(
              status, ctx.method().name(), ctx.path(), ctx.ip(), body.error(), body.detail()));
    }
    if (status == 404 && !isApi(ctx.path())) {
      PageController.send(ctx, 404, pages.notFound());
      return;
    }
    ctx.status(status).contentType("application/json").result(json(body));
  }

  /** API, health and Discord paths always answer JSON; the rest is pages. */
  static boolean isApi(String path) {
    return path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/health")
        || path.startsWith("/discord/");
  }

  private static String unknownEpisode(String id) {
    return "No episode has the id \"" + shorten(id) + "\".";
  }

  private static String shorten(String id) {
    return id == null || id.length() <= 100 ? id : id.substring(0, 100) + "…";
  }

  /** "the question is empty" becomes "The question is empty." */
  private static String sentence(String message) {
    if (message == null || message.isBlank()) {
      return "The question cannot be answered as asked.";
    }
    String text = message.strip();
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
