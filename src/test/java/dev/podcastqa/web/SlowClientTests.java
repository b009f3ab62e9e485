package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Slow and greedy clients, on loopback against the real server: a body that trickles in gets a 408
 * and one log line, a request head that never ends is closed, and connections past the limit for
 * one address are closed at once while other addresses are served. {@link SlowClientLoad} runs the
 * attack and normal clients together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientTests {

  private static final int PER_ADDRESS = 5;

  private final TestServer server =
      TestServer.startWith(
          Map.of(
              Setting.REQUEST_READ_SECONDS,
              "1",
              Setting.MAX_CONNECTIONS_PER_ADDRESS,
              String.valueOf(PER_ADDRESS)));

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void bodyThatTricklesInGets408AndOneLogLine() throws Exception {
    try (LogCapture log = LogCapture.everything();
        Socket socket = connect("127.0.0.4")) {
      OutputStream out = socket.getOutputStream();
      out.write(head("POST /api/chat", 1000).getBytes(StandardCharsets.US_ASCII));
      out.write('{');
      out.flush();
      long started = System.nanoTime();
      String response = readAll(socket, Duration.ofSeconds(5));
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(response).startsWith("HTTP/1.1 408 ");
      assertThat(response).contains("X-Content-Type-Options: nosniff");
      assertThat(response).contains("\"error\":\"request_timeout\"");
      assertThat(millis).isBetween(800L, 3000L);
      assertThat(log.lines(Level.INFO))
          .singleElement()
          .asString()
          .isEqualTo(
              "INFO BodyDeadline: 408 for POST /api/chat from 127.0.0.4: request_timeout:"
                  + " 1 of 1000 body bytes arrived within 1000 ms");
      assertThat(log.withStackTraces()).isEmpty();
    }
    awaitOpen(InetAddress.getByName("127.0.0.4"), 0);
  }

  @Test
  void requestHeadThatNeverEndsIsClosed() throws IOException {
    try (LogCapture log = LogCapture.everything();
        Socket socket = connect("127.0.0.5")) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertThat(readAll(socket, Duration.ofSeconds(5))).isEmpty();
      assertThat(log.lines(Level.INFO))
          .singleElement()
          .asString()
          .contains("ConnectionGuard: Closed a connection from 127.0.0.5")
          .contains("no whole request head within 1000 ms");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void connectionsPastTheLimitPerAddressAreClosedAndOtherAddressesServed() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (LogCapture log = LogCapture.everything();
        LogCapture guard = LogCapture.silencing(ConnectionGuard.class)) {
      for (int i = 0; i < PER_ADDRESS; i++) {
        held.add(connect("127.0.0.3"));
      }
      awaitOpen(InetAddress.getByName("127.0.0.3"), PER_ADDRESS);
      try (Socket extra = connect("127.0.0.3")) {
        extra.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
        assertThat(readAll(extra, Duration.ofSeconds(2))).isEmpty();
      }
      HttpResponse<String> other = server.get("/health");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(guard.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN ConnectionGuard: Refusing connections from 127.0.0.3: it has 5 open");
      assertThat(log.warnings()).as("nothing else warned").isEmpty();
      assertThat(guard.withStackTraces()).isEmpty();
      assertThat(log.withStackTraces()).isEmpty();
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    // Refused and closed connections are all counted out: the address is not locked out.
    awaitOpen(InetAddress.getByName("127.0.0.3"), 0);
  }

  @Test
  void headAnswersLikeGetWithoutABody() throws IOException {
    for (String path : List.of("/", "/health", "/api/episodes")) {
      HttpResponse<String> get = server.get(path);
      HttpResponse<String> head =
          server.send(
              HttpRequest.newBuilder(URI.create(server.url(path)))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.body()).as(path).isEmpty();
      for (String header :
          List.of("Content-Type", "Content-Security-Policy", "X-Content-Type-Options")) {
        assertThat(head.headers().firstValue(header))
            .as(path + " " + header)
            .isEqualTo(get.headers().firstValue(header));
      }
      try (Socket socket = connect("127.0.0.6")) {
        socket
            .getOutputStream()
            .write(
                ("HEAD " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String raw = readAll(socket, Duration.ofSeconds(5));
        assertThat(raw).startsWith("HTTP/1.1 200 ").endsWith("\r\n\r\n");
      }
    }
  }

  private void awaitOpen(InetAddress address, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (openFrom(address) != count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(openFrom(address)).isEqualTo(count);
  }

  private int openFrom(InetAddress address) {
    return server.connectionGuard().openFrom(address);
  }

  private Socket connect(String from) throws IOException {
    return connect(server.port(), from);
  }

  /** A socket to the server on loopback from the local address {@code from} (any 127.x.y.z). */
  static Socket connect(int port, String from) throws IOException {
    Socket socket = new Socket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
    return socket;
  }

  static String head(String requestLine, int contentLength) {
    return requestLine
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  /** Everything the server sends until it closes the connection, waiting at most {@code max}. */
  static String readAll(Socket socket, Duration max) throws IOException {
    long deadline = System.nanoTime() + max.toNanos();
    StringBuilder text = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    while (System.nanoTime() < deadline) {
      socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the server kept the connection open past " + max, e);
      } catch (IOException e) {
        return text.toString(); // reset by the server: closed
      }
      if (n < 0) {
        return text.toString();
      }
      text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
    }
    throw new AssertionError("the server kept the connection open past " + max);
  }
}
