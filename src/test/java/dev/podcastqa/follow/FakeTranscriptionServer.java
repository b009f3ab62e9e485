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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for an OpenAI-compatible speech-to-text server ({@code POST
 * /v1/audio/transcriptions}): it keeps every request's content type and body, and answers with the
 * verbose_json in {@code follow/transcription/NAME}, or with a status and an error body; it can
 * keep its replies back, as a server busy with an hour of audio does.
 */
final class FakeTranscriptionServer implements AutoCloseable {

  /** One request as it came. */
  record Request(String method, String contentType, byte[] body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile byte[] answer = new byte[0];
  private volatile int status = 200;
  private volatile CountDownLatch held = new CountDownLatch(0);
  private final AtomicInteger answered = new AtomicInteger();

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

  /** Keeps every reply back from now until {@link #release()}, or 30 s at most. */
  void hold() {
    held = new CountDownLatch(1);
  }

  /** Sends the replies kept back, and the next ones at once. */
  void release() {
    held.countDown();
  }

  /** How many replies were sent. */
  int answered() {
    return answered.get();
  }

  private void transcribe(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      awaitRelease();
      byte[] out = answer;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, out.length);
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(out);
      }
      answered.incrementAndGet();
    }
  }

  private void awaitRelease() {
    try {
      held.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
