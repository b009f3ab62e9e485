package dev.podcastqa.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Jetty's HTML error pages for the errors Jetty answers itself, before Javalin runs: a
 * malformed request line, headers too large, a body over the server-wide limit. They get the same
 * JSON error body as the API, with the API's {@code X-Content-Type-Options: nosniff}, never a stack
 * trace or Jetty's message; each is one log line, as a client's mistake is on the API.
 */
final class JettyErrorHandler extends ErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(JettyErrorHandler.class);

  /** What Jetty names the request it makes up when it could not read the request line. */
  private static final String UNREAD_METHOD = "BAD";

  private static final String UNREAD_PATH = "/badMessage";

  private static final String JSON = "application/json; charset=utf-8";
  private static final String NOSNIFF = "X-Content-Type-Options";

  private final EarlyRefusals refusals;

  /** {@code refusals} gives the JSON bytes to send, so each channel keeps its own error shape. */
  JettyErrorHandler(EarlyRefusals refusals) {
    this.refusals = refusals;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    logRefusal(request, code, message);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(NOSNIFF, "nosniff");
    String path = EarlyRefusals.path(request);
    byte[] body =
        JettyReasons.sentence(message)
            .filter(sentence -> code == 400)
            .map(sentence -> refusals.of(path, code, ApiError.forStatus(code).error(), sentence))
            .orElseGet(() -> refusals.forStatus(path, code));
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * One line for a request Jetty refused: a 4xx, or a 505 for HTTP/0.9 (the client's mistakes too).
   * A 408 is logged where the deadline ran out, with what had arrived; a 5xx is a failure logged
   * where it happened.
   */
  private static void logRefusal(Request request, int code, String message) {
    boolean clientMistake = (code >= 400 && code < 500 && code != 408) || code == 505;
    if (!clientMistake || !LOG.isInfoEnabled()) {
      return;
    }
    String from = Request.getRemoteAddr(request);
    String name = ApiError.forStatus(code).error();
    String method = request.getMethod();
    String path = request.getHttpURI().getPath();
    if (UNREAD_METHOD.equals(method) && UNREAD_PATH.equals(path)) {
      LOG.info(RefusalLine.unreadable(code, from, name, message));
    } else {
      LOG.info(RefusalLine.of(code, method, path, from, name, message));
    }
  }

  /**
   * Every refused request gets the JSON body and the log line, whatever its method: Jetty writes an
   * error page only for GET, POST and HEAD, so {@code OPTIONS *} and {@code CONNECT} got an empty
   * body and no log line.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    fields.put(NOSNIFF, "nosniff");
    return ByteBuffer.wrap(
        JettyReasons.sentence(reason)
            .filter(sentence -> status == 400)
            .map(sentence -> refusals.of("", status, ApiError.forStatus(status).error(), sentence))
            .orElseGet(() -> refusals.forStatus("", status)));
  }
}
