package dev.podcastqa.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.InvalidQuestionException;
import dev.podcastqa.answer.Templates;
import dev.podcastqa.index.StoreUnavailableException;
import dev.podcastqa.web.ApiKey;
import dev.podcastqa.web.PublicLinks;
import dev.podcastqa.web.RefusalLine;
import dev.podcastqa.web.WebChannel;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI-compatible API: its routes under {@code /v1}, the bearer key they require when one is
 * set, and the one place its failures become OpenAI-shaped error responses (a client's mistake is a
 * 4xx saying what is wrong and one log line; an unreachable index a 503 and one log line; anything
 * else a 500, logged with its stack trace).
 */
public final class OpenAiChannel implements WebChannel {

  private static final Logger LOG = LoggerFactory.getLogger(OpenAiChannel.class);
  private static final String PREFIX = "/v1/";

  /** The one method each address under {@code /v1} takes. */
  private static final Map<String, String> METHODS =
      Map.of(PREFIX + "chat/completions", "POST", PREFIX + "models", "GET");

  private final CompletionController completions;
  private final ApiKey key;
  private final ObjectMapper mapper;
  private final long created;

  /**
   * @param templates with the completion templates loaded by {@link #requireTemplates}
   * @param conversations the answer service's follow-up memory, filled from each request's turns
   */
  public OpenAiChannel(
      AnswerService answers,
      Conversations conversations,
      Templates templates,
      PublicLinks links,
      ApiKey key,
      ObjectMapper mapper,
      Clock clock) {
    CompletionText text = new CompletionText(templates, links);
    this.completions = new CompletionController(answers, conversations, text, links, mapper, clock);
    this.key = key;
    this.mapper = mapper;
    this.created = clock.instant().getEpochSecond();
  }

  /** Loads and checks the templates completions are worded with, so a broken one stops start-up. */
  public static Templates requireTemplates(Templates templates) {
    return CompletionText.requireTemplates(templates);
  }

  @Override
  public String pathPrefix() {
    return PREFIX;
  }

  @Override
  public void addTo(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    routes.before(PREFIX + "*", this::requireKey);
    // A wrong method (any: HEAD, TRACE, one made up) and anything else under /v1 answer in
    // OpenAI's shape too, not in the web API's shape or with its not-found page.
    routes.before(PREFIX + "*", OpenAiChannel::requireMethod);
    routes.get(PREFIX + "models", guarded(ctx -> ctx.json(CompletionBodies.Models.of(created))));
    routes.post(PREFIX + "chat/completions", guarded(completions::complete));
  }

  /**
   * Lets on only the method its address takes ({@link #METHODS}); any other is a 405 naming it,
   * also in {@code Allow}, and an address not there a 404.
   */
  private static void requireMethod(Context ctx) {
    String path =
        ctx.path().endsWith("/") ? ctx.path().substring(0, ctx.path().length() - 1) : ctx.path();
    String allowed = METHODS.get(path);
    if (allowed == null) {
      refuse(ctx, 404, OpenAiError.forStatus(404));
      ctx.skipRemainingHandlers();
    } else if (!allowed.equals(ctx.method().name())) {
      ctx.header("Allow", allowed);
      String message = "This address takes " + allowed + ", not " + ctx.method().name() + ".";
      refuse(
          ctx, 405, OpenAiError.of(message, "invalid_request_error", null, "method_not_allowed"));
      ctx.skipRemainingHandlers();
    }
  }

  private void requireKey(Context ctx) {
    if (!key.admits(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      refuse(ctx, 401, OpenAiError.forStatus(401));
      ctx.skipRemainingHandlers();
    }
  }

  @Override
  public byte[] errorBody(int status) {
    try {
      return mapper.writeValueAsBytes(OpenAiError.forStatus(status));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] errorBody(int status, String code, String detail) {
    String type = status >= 500 ? "server_error" : "invalid_request_error";
    try {
      return mapper.writeValueAsBytes(OpenAiError.of(detail, type, null, code));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (OpenAiException e) {
        refuse(ctx, e.status(), e.body());
      } catch (InvalidQuestionException e) {
        refuse(
            ctx,
            400,
            OpenAiError.of(sentence(e.getMessage()), "invalid_request_error", "messages", null));
      } catch (StoreUnavailableException e) {
        LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage());
        refuse(ctx, 503, OpenAiError.forStatus(503));
      } catch (Exception e) {
        int refused = refusal(e);
        if (refused >= 400 && refused < 500) {
          refuse(ctx, refused, OpenAiError.forStatus(refused));
          return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        refuse(ctx, 500, OpenAiError.forStatus(500));
      }
    };
  }

  /** The status Javalin or Jetty refused the request with (a body over the limit), else 0. */
  private static int refusal(Exception e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof HttpResponseException javalin) {
        return javalin.getStatus();
      }
      if (t instanceof HttpException jetty) {
        return jetty.getCode();
      }
    }
    return 0;
  }

  /** Answers {@code body}; a client's mistake (a 4xx) is also one log line, as on the API. */
  private static void refuse(Context ctx, int status, OpenAiError body) {
    if (status >= 400 && status < 500 && LOG.isInfoEnabled()) {
      OpenAiError.Detail error = body.error();
      String code = error.code() == null ? error.type() : error.code();
      LOG.info(
          RefusalLine.of(status, ctx.method().name(), ctx.path(), ctx.ip(), code, error.message()));
    }
    ctx.status(status).json(body);
  }

  /** "the question is empty" becomes "The question is empty." */
  private static String sentence(String message) {
    String text =
        message == null || message.isBlank() ? "the question is invalid" : message.strip();
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
