package dev.podcastqa.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback stand-in for an OpenAI-compatible speech-to-text server ({@code POST
 * /v1/audio/transcriptions}): it keeps every request's content type and body, and answers with the
 * verbose_json in {@code follow/transcription/NAME}, or with a status and an error body.
 */
final class FakeTranscriptionServer implements AutoCloseable {

  /** One request as it came. */
  record Request(String method, String contentType, byte[] body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile byte[] answer = new byte[0];
  private volatile int status = 200;

  private FakeTranscriptionServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/v1/audio/transcriptions", this::transcribe);
    server.start();
  }

  static FakeTranscriptionServer start() {
    try {
      return new FakeTranscriptionServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL the setting names: {@code http://127.0.0.1:PORT/v1}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Answers 200 with {@code follow/transcription/NAME} from now on. */
  void answerWith(String name) {
    try (InputStream in = getClass().getResourceAsStream("/follow/transcription/" + name)) {
      answer = in.readAllBytes();
      status = 200;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code code} with a JSON error body from now on. */
  void failWith(int code, String body) {
    answer = body.getBytes(StandardCharsets.UTF_8);
    status = code;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void transcribe(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      byte[] out = answer;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, out.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(out);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
