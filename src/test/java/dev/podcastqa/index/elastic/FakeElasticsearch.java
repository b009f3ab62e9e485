package dev.podcastqa.index.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * An HTTP server on loopback (OkHttp's MockWebServer) that answers every request with one fixed
 * status and JSON body, the way Elasticsearch frames its errors, or with what a script says for
 * each request, and records the headers each request came with.
 */
final class FakeElasticsearch implements AutoCloseable {

  /** One request as it arrived. */
  record Received(String method, String path, String accept, String contentType, String auth) {}

  /** What to answer one request with: an HTTP status and a JSON body. */
  record Reply(int status, String body) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final MockWebServer server = new MockWebServer();

  FakeElasticsearch(int status, String body) {
    this(request -> new Reply(status, body));
  }

  /** Answers each request with what {@code script} gives for it. */
  FakeElasticsearch(Function<Received, Reply> script) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            Headers headers = request.getHeaders();
            Received arrived =
                new Received(
                    request.getMethod(),
                    request.getUrl().encodedPath(),
                    headers.get("Accept"),
                    headers.get("Content-Type"),
                    headers.get("Authorization"));
            received.add(arrived);
            Reply reply = script.apply(arrived);
            MockResponse.Builder response =
                new MockResponse.Builder()
                    .code(reply.status())
                    .addHeader("Content-Type", "application/json")
                    .addHeader("X-elastic-product", "Elasticsearch");
            return request.getMethod().equals("HEAD")
                ? response.build()
                : response.body(reply.body()).build();
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
