package dev.podcastqa.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the test tone the way podcast hosts serve audio, with byte ranges, which browsers need
 * before they will seek a player to a second.
 */
final class AudioServer implements AutoCloseable {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  private final HttpServer server;
  private final ExecutorService threads;
  private final byte[] audio;

  private AudioServer(HttpServer server, ExecutorService threads, byte[] audio) {
    this.server = server;
    this.threads = threads;
    this.audio = audio;
  }

  static AudioServer start() {
    try (InputStream in = AudioServer.class.getResourceAsStream("/web/test-tone.wav")) {
      byte[] audio = in.readAllBytes();
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      AudioServer audioServer = new AudioServer(server, threads, audio);
      server.createContext("/tone.wav", audioServer::serve);
      server.setExecutor(threads);
      server.start();
      return audioServer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tone.wav";
  }

  private void serve(HttpExchange exchange) throws IOException {
    int from = 0;
    int to = audio.length - 1;
    int status = 200;
    String range = exchange.getRequestHeaders().getFirst("Range");
    Matcher m = range == null ? null : RANGE.matcher(range);
    if (m != null && m.matches()) {
      from = Math.min(Integer.parseInt(m.group(1)), audio.length - 1);
      to = m.group(2).isEmpty() ? to : Math.min(Integer.parseInt(m.group(2)), to);
      status = 206;
      exchange
          .getResponseHeaders()
          .set("Content-Range", "bytes " + from + "-" + to + "/" + audio.length);
    }
    exchange.getResponseHeaders().set("Content-Type", "audio/wav");
    exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    int length = to - from + 1;
    exchange.sendResponseHeaders(status, head ? -1 : length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(audio, from, length);
      }
    } catch (IOException e) {
      // The browser often drops a request once it has what it needs.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
