package dev.podcastqa.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTests {

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final HttpFetcher fetcher = new HttpFetcher(Duration.ofMillis(500), 1000);
  private final CountDownLatch release = new CountDownLatch(1);
  private ExecutorService executor;
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    executor = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(executor);
    server.createContext("/utf8", ex -> send(ex, 200, "text/plain", "café ☕", UTF8));
    server.createContext(
        "/latin1",
        ex ->
            send(ex, 200, "text/plain; charset=ISO-8859-1", "café", Charset.forName("ISO-8859-1")));
    server.createContext("/agent", ex -> send(ex, 200, "text/plain", agent(ex), UTF8));
    server.createContext("/missing", ex -> send(ex, 404, "text/plain", "not here", UTF8));
    server.createContext("/audio", ex -> send(ex, 200, "audio/mpeg", "ID3...", UTF8));
    server.createContext("/big", ex -> send(ex, 200, "text/plain", "x".repeat(5000), UTF8));
    server.createContext("/big-chunked", this::sendChunked);
    server.createContext("/slow", this::sendLate);
    server.createContext(
        "/redirect",
        ex -> {
          ex.getResponseHeaders().add("Location", "/utf8");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private static String agent(HttpExchange exchange) {
    return exchange.getRequestHeaders().getFirst("User-Agent");
  }

  private static void send(
      HttpExchange exchange, int status, String type, String body, Charset charset)
      throws IOException {
    byte[] bytes = body.getBytes(charset);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** 5000 bytes with no Content-Length, so only counting the body can find it too large. */
  private void sendChunked(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 50; i++) {
        out.write("y".repeat(100).getBytes(UTF8));
        out.flush();
      }
    } catch (IOException e) {
      // the client hung up once it had enough, as it should
    }
  }

  private void sendLate(HttpExchange exchange) throws IOException {
    try {
      release.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    send(exchange, 200, "text/plain", "too late", UTF8);
  }

  private static SourceException failure(Runnable fetch) {
    try {
      fetch.run();
    } catch (SourceException e) {
      return e;
    }
    throw new AssertionError("expected a SourceException");
  }

  @Test
  void fetchReturnsTheTextLocatedAtItsUrl() {
    SourceText text = fetcher.fetch(base + "/utf8");

    assertThat(text.location()).isEqualTo(base + "/utf8");
    assertThat(text.name()).isEqualTo("utf8");
    assertThat(text.content()).isEqualTo("café ☕");
  }

  @Test
  void fetchDecodesWithTheCharsetOfTheContentType() {
    assertThat(fetcher.fetch(base + "/latin1").content()).isEqualTo("café");
  }

  @Test
  void fetchFollowsRedirectsAndKeepsTheAskedUrlAsLocation() {
    SourceText text = fetcher.fetch(base + "/redirect");

    assertThat(text.location()).isEqualTo(base + "/redirect");
    assertThat(text.content()).isEqualTo("café ☕");
  }

  @Test
  void fetchIdentifiesItselfAsPodcastQa() {
    assertThat(fetcher.fetch(base + "/agent").content()).isEqualTo("podcast-qa");
  }

  @Test
  void fetchReportsANotFoundAnswerWithTheUrl() {
    SourceException e = failure(() -> fetcher.fetch(base + "/missing"));

    assertThat(e.problem())
        .isEqualTo(new Problem(base + "/missing", 0, "HTTP 404 from " + base + "/missing"));
  }

  @Test
  void fetchRefusesUrlsThatAreNotHttp() {
    assertThat(failure(() -> fetcher.fetch("file:///etc/hostname")).problem().reason())
        .isEqualTo("only http and https URLs can be fetched, not file: URLs");
    assertThat(failure(() -> fetcher.fetch("ftp://example.com/feed.xml")).problem().reason())
        .isEqualTo("only http and https URLs can be fetched, not ftp: URLs");
    assertThat(failure(() -> fetcher.fetch("chapters/ep1.json")).problem().reason())
        .isEqualTo("only http and https URLs can be fetched, not a relative URL");
  }

  @Test
  void fetchGivesUpAfterTheRequestTimeout() {
    long started = System.nanoTime();
    SourceException e = failure(() -> fetcher.fetch(base + "/slow"));

    assertThat(e.problem().reason()).isEqualTo("no answer from " + base + "/slow within 500 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void fetchReportsARefusedConnection() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    SourceException e = failure(() -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/feed"));

    assertThat(e.problem().reason()).startsWith("cannot connect to 127.0.0.1:" + closedPort);
  }

  @Test
  void fetchRefusesABodyOverTheCapWhetherDeclaredOrCounted() {
    assertThat(failure(() -> fetcher.fetch(base + "/big")).problem().reason())
        .isEqualTo("the answer from " + base + "/big is larger than 1000 bytes");
    assertThat(failure(() -> fetcher.fetch(base + "/big-chunked")).problem().reason())
        .isEqualTo("the answer from " + base + "/big-chunked is larger than 1000 bytes");
  }

  @Test
  void fetchRefusesAudioInsteadOfDownloadingIt() {
    assertThatThrownBy(() -> fetcher.fetch(base + "/audio"))
        .isInstanceOf(SourceException.class)
        .hasMessage(base + "/audio: " + base + "/audio is audio/mpeg, not text");
  }
}
