package dev.podcastqa.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free loopback port that serves files at the paths it is given, with the
 * content type a host would send, and records every path asked for.
 */
final class FileServer implements AutoCloseable {

  private record Served(Path file, String contentType) {}

  private final HttpServer server;
  private final Map<String, Served> files = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FileServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  static FileServer start() throws IOException {
    return new FileServer();
  }

  /** Serves {@code file} at {@code path} and returns the absolute URL of it. */
  String serve(String path, Path file, String contentType) {
    files.put(path, new Served(file, contentType));
    return url(path);
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
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      Served served = files.get(path);
      if (served == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(served.file());
      exchange.getResponseHeaders().add("Content-Type", served.contentType());
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
