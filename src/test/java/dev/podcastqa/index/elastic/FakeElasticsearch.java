package dev.podcastqa.index.elastic;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on loopback that answers every request with one fixed status and JSON body, the
 * way Elasticsearch frames its errors, and records the headers each request came with.
 */
final class FakeElasticsearch implements AutoCloseable {

  /** One request as it arrived. */
  record Received(String method, String path, String accept, String contentType, String auth) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  FakeElasticsearch(int status, String body) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          var headers = exchange.getRequestHeaders();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  headers.getFirst("Accept"),
                  headers.getFirst("Content-Type"),
                  headers.getFirst("Authorization")));
          exchange.getRequestBody().readAllBytes();
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.getResponseHeaders().set("X-elastic-product", "Elasticsearch");
          boolean head = exchange.getRequestMethod().equals("HEAD");
          exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
          if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
