package dev.podcastqa.web;

import java.nio.ByteBuffer;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's HTML error pages for the errors Jetty answers itself, before Javalin runs: a
 * malformed request line, headers too large, a body over the server-wide limit. They get the same
 * JSON error body as the API, with the API's {@code X-Content-Type-Options: nosniff}, never a stack
 * trace or Jetty's message.
 */
final class JettyErrorHandler extends ErrorHandler {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String NOSNIFF = "X-Content-Type-Options";

  private final BiFunction<String, Integer, byte[]> bodyForStatus;

  /**
   * {@code bodyForStatus} gives the JSON bytes to send for a request path ({@code ""} when unknown)
   * and a status code, so each channel keeps its own error shape.
   */
  JettyErrorHandler(BiFunction<String, Integer, byte[]> bodyForStatus) {
    this.bodyForStatus = bodyForStatus;
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
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(NOSNIFF, "nosniff");
    String path = request.getHttpURI().getPath();
    byte[] body = bodyForStatus.apply(path == null ? "" : path, code);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    fields.put(NOSNIFF, "nosniff");
    return ByteBuffer.wrap(bodyForStatus.apply("", status));
  }
}
