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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback whose feed ({@code /feed.xml}) the test changes between polls. It
 * answers conditional GETs as a podcast host does (an ETag per version, 304 when the client has
 * it), can fail (a status, a body that is no feed), and serves the files under {@code
 * src/test/resources/follow/transcripts}; {@code /transcripts/huge.vtt} is a 100 MB transcript,
 * streamed; {@code /audio/NAME} is the audio {@link #putAudio} gave. It records every request as
 * {@code "PATH STATUS"}.
 */
final class ChangingFeedServer implements AutoCloseable {

  static final long HUGE_BYTES = 100L * 1024 * 1024;

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile byte[] feed = new byte[0];
  private volatile int failWith;
  private final Map<String, byte[]> extra = new ConcurrentHashMap<>();
  private volatile CountDownLatch held = new CountDownLatch(0);

  private ChangingFeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/feed.xml", this::feed);
    server.createContext("/transcripts/", this::transcript);
    server.createContext("/audio/", this::audio);
    server.start();
  }

  static ChangingFeedServer start() {
    try {
      return new ChangingFeedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String feedUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  /** Serves {@code follow/NAME} as the feed from now on. */
  void serve(String name) {
    feed = resource("/follow/" + name);
    failWith = 0;
  }

  /** Serves {@code text} (no feed at all) as the feed, with status 200. */
  void serveText(String text) {
    feed = text.getBytes(StandardCharsets.UTF_8);
    failWith = 0;
  }

  /** Serves {@code text} as a WebVTT file at {@code /transcripts/NAME}. */
  void putTranscript(String name, String text) {
    extra.put("/transcripts/" + name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Serves {@code bytes} as MPEG audio at {@code /audio/NAME}. */
  void putAudio(String name, byte[] bytes) {
    extra.put("/audio/" + name, bytes.clone());
  }

  /** Answers the feed with {@code status} and no body until the next {@link #serve}. */
  void failWith(int status) {
    failWith = status;
  }

  /**
   * Holds every transcript request from now on until {@link #release()} (or 30 s), as a slow host
   * does; the server answers nothing else meanwhile.
   */
  void holdTranscripts() {
    held = new CountDownLatch(1);
  }

  void release() {
    held.countDown();
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  void clearRequests() {
    requests.clear();
  }

  private void feed(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (failWith != 0) {
        answer(exchange, path, failWith, null, null);
        return;
      }
      byte[] body = feed;
      String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
      exchange.getResponseHeaders().add("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        answer(exchange, path, 304, null, null);
        return;
      }
      answer(exchange, path, 200, "application/rss+xml; charset=utf-8", body);
    }
  }

  private void transcript(HttpExchange exchange) throws IOException {
    try (exchange) {
      awaitRelease();
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/transcripts/huge.vtt")) {
        streamHuge(exchange, path);
        return;
      }
      if (extra.containsKey(path)) {
        answer(exchange, path, 200, "text/vtt; charset=utf-8", extra.get(path));
        return;
      }
      InputStream file = getClass().getResourceAsStream("/follow" + path);
      if (file == null || path.contains("..")) {
        answer(exchange, path, 404, null, null);
        return;
      }
      String type = path.endsWith(".srt") ? "application/x-subrip" : "text/vtt; charset=utf-8";
      try (file) {
        answer(exchange, path, 200, type, file.readAllBytes());
      }
    }
  }

  private void awaitRelease() {
    try {
      held.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void audio(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = extra.get(path);
      answer(exchange, path, body == null ? 404 : 200, "audio/mpeg", body);
    }
  }

  /** 100 MB of cues, sent without a Content-Length, so only a cap while reading stops it. */
  private void streamHuge(HttpExchange exchange, String path) throws IOException {
    requests.add(path + " 200");
    exchange.getResponseHeaders().add("Content-Type", "text/vtt; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    byte[] block = "00:00:01.000 --> 00:00:02.000\nwinter ferry\n\n".repeat(20_000).getBytes();
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("WEBVTT\n\n".getBytes(StandardCharsets.UTF_8));
      for (long sent = 0; sent < HUGE_BYTES; sent += block.length) {
        out.write(block);
      }
    } catch (IOException e) {
      // The client stopped reading at its limit, as it should.
    }
  }

  private void answer(HttpExchange exchange, String path, int status, String type, byte[] body)
      throws IOException {
    requests.add(path + " " + status);
    if (type != null) {
      exchange.getResponseHeaders().add("Content-Type", type);
    }
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = ChangingFeedServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
