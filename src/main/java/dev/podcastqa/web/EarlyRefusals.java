package dev.podcastqa.web;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The JSON error bodies of requests refused before the app sees them (by Jetty, or by a guard in
 * front of the app), each in the shape of the channel serving its path: the API's {@code {"error",
 * "detail"}}, OpenAI's under {@code /v1/}, a JSON-RPC error on {@code /mcp}.
 */
final class EarlyRefusals {

  private static final String JSON = "application/json; charset=utf-8";

  private final ErrorMapper errors;
  private final List<WebChannel> channels;

  EarlyRefusals(ErrorMapper errors, List<WebChannel> channels) {
    this.errors = errors;
    this.channels = List.copyOf(channels);
  }

  /**
   * The body for a request to {@code path} ({@code ""} when unknown) refused with {@code status}.
   */
  byte[] forStatus(String path, int status) {
    return channel(path)
        .map(channel -> channel.errorBody(status))
        .orElseGet(() -> errors.json(ApiError.forStatus(status)));
  }

  /**
   * The body for a request to {@code path} refused with {@code status}, {@code code}, {@code
   * detail}.
   */
  byte[] of(String path, int status, String code, String detail) {
    return channel(path)
        .map(channel -> channel.errorBody(status, code, detail))
        .orElseGet(() -> errors.json(new ApiError(code, detail)));
  }

  /**
   * Answers {@code request} with {@code status}, {@code headers} and {@code body} (from this
   * class), with the API's {@code X-Content-Type-Options: nosniff}. The caller logs the refusal.
   */
  static void send(
      Response response, Callback callback, int status, Map<String, String> headers, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    headers.forEach(response.getHeaders()::put);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** The path of {@code request}, {@code ""} when it has none. */
  static String path(Request request) {
    String path = request.getHttpURI().getPath();
    return path == null ? "" : path;
  }

  private Optional<WebChannel> channel(String path) {
    return channels.stream().filter(channel -> path.startsWith(channel.pathPrefix())).findFirst();
  }
}
