package dev.podcastqa.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback serving the files under {@code src/test/resources/feeds} at {@code
 * /feeds/...}, with the content types podcast hosts send; it records every path asked for.
 */
final class FeedServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "xml", "application/rss+xml; charset=utf-8",
          "json", "application/json",
          "vtt", "text/vtt; charset=utf-8",
          "srt", "application/x-subrip",
          "txt", "text/plain; charset=utf-8",
          "html", "text/html; charset=utf-8");

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/feeds/", this::serve);
    server.start();
  }

  static FeedServer start() throws IOException {
    return new FeedServer();
  }

  /** The absolute URL of {@code path} (which starts with a slash) on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The paths asked for so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(path);
    try (InputStream file = FeedServer.class.getResourceAsStream(path);
        exchange) {
      if (file == null || path.contains("..")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = file.readAllBytes();
      String extension = path.substring(path.lastIndexOf('.') + 1);
      exchange
          .getResponseHeaders()
          .add("Content-Type", TYPES.getOrDefault(extension, "text/plain"));
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
