package dev.podcastqa.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback (OkHttp's MockWebServer), one path a case. */
class HttpFetcherTests {

  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

  private final HttpFetcher fetcher = new HttpFetcher(Duration.ofMillis(500), 1000);
  private final CountDownLatch release = new CountDownLatch(1);
  private final MockWebServer server = new MockWebServer();
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            return answer(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    base = "http://127.0.0.1:" + server.getPort();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.close();
  }

  private MockResponse answer(RecordedRequest request) throws InterruptedException {
    return switch (request.getUrl().encodedPath()) {
      case "/utf8" -> text(200, "text/plain", "café ☕", UTF8);
      case "/latin1" -> text(200, "text/plain; charset=ISO-8859-1", "café", LATIN1);
      case "/agent" -> text(200, "text/plain", request.getHeaders().get("User-Agent"), UTF8);
      case "/missing" -> text(404, "text/plain", "not here", UTF8);
      case "/audio" -> text(200, "audio/mpeg", "ID3...", UTF8);
      case "/big" -> text(200, "text/plain", "x".repeat(5000), UTF8);
      // 5000 bytes with no Content-Length, so only counting the body can find it too large
      case "/big-chunked" ->
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/plain")
              .chunkedBody("y".repeat(5000), 100)
              .build();
      case "/slow" -> {
        release.await(5, TimeUnit.SECONDS);
        yield text(200, "text/plain", "too late", UTF8);
      }
      case "/redirect" ->
          new MockResponse.Builder().code(302).addHeader("Location", "/utf8").body("").build();
      default -> new MockResponse.Builder().code(404).body("").build();
    };
  }

  private static MockResponse text(int status, String type, String body, Charset charset) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", type)
        .body(new Buffer().writeString(body, charset))
        .build();
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
