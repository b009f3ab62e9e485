package dev.podcastqa.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A real HTTP server (OkHttp's MockWebServer) on loopback serving the files under {@code
 * src/test/resources/feeds} at {@code /feeds/...}, with the content types podcast hosts send; it
 * records every path asked for.
 */
final class FeedServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "xml", "application/rss+xml; charset=utf-8",
          "json", "application/json",
          "vtt", "text/vtt; charset=utf-8",
          "srt", "application/x-subrip",
          "ttml", "application/ttml+xml",
          "txt", "text/plain; charset=utf-8",
          "html", "text/html; charset=utf-8");

  private final MockWebServer server = new MockWebServer();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FeedServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return serve(request.getUrl().encodedPath());
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  static FeedServer start() throws IOException {
    return new FeedServer();
  }

  /** The absolute URL of {@code path} (which starts with a slash) on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  /** The paths asked for so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private MockResponse serve(String path) {
    if (!path.startsWith("/feeds/")) {
      return new MockResponse.Builder().code(404).body("").build();
    }
    requests.add(path);
    try (InputStream file = FeedServer.class.getResourceAsStream(path)) {
      if (file == null || path.contains("..")) {
        return new MockResponse.Builder().code(404).body("").build();
      }
      String extension = path.substring(path.lastIndexOf('.') + 1);
      return new MockResponse.Builder()
          .addHeader("Content-Type", TYPES.getOrDefault(extension, "text/plain"))
          .body(new Buffer().write(file.readAllBytes()))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
