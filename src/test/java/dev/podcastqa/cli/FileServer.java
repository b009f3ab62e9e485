package dev.podcastqa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A real HTTP server (OkHttp's MockWebServer) on a free loopback port that serves files at the
 * paths it is given, with the content type a host would send, and records every path asked for.
 */
final class FileServer implements AutoCloseable {

  private record Served(Path file, String contentType) {}

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Served> files = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FileServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return serve(request.getUrl().encodedPath());
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
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
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  /** The paths asked for so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  private MockResponse serve(String path) {
    requests.add(path);
    Served served = files.get(path);
    if (served == null) {
      return new MockResponse.Builder().code(404).body("").build();
    }
    try {
      return new MockResponse.Builder()
          .addHeader("Content-Type", served.contentType())
          .body(new Buffer().write(Files.readAllBytes(served.file())))
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
