package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The slow-client attack with normal users beside it, bounded in time and count, on loopback: 300
 * clients (30 from each of ten addresses) send a chat request's head and then one body byte every
 * few seconds, reconnecting whenever the server answers or closes; meanwhile 8 chat clients ask
 * questions and a probe reads {@code /health}. Requests must arrive within 5 s. Normal clients must
 * see no error. The run lasts 12 s in the suite; {@code -Dpodcastqa.slowload.seconds=60} runs the
 * full minute. It prints its figures.
 */
class SlowClientLoadTests {

  private static final int SLOW_CLIENTS = 300;
  private static final int ADDRESSES = 10;
  private static final int CHAT_CLIENTS = 8;
  private static final Duration TRICKLE = Duration.ofSeconds(3);
  private static final List<String> QUESTIONS =
      List.of("What is grokking?", "What is mechanistic interpretability?", "Who is Neel Nanda?");

  private final Duration run = Duration.ofSeconds(Long.getLong("podcastqa.slowload.seconds", 12));

  @Test
  void normalClientsAreServedWhileSlowClientsAttack() throws Exception {
    try (TestServer server = TestServer.startWith(Map.of(Setting.REQUEST_READ_SECONDS, "5"));
        LogCapture log = LogCapture.everything()) {
      long end = System.nanoTime() + run.toNanos();
      SlowClients slow = new SlowClients(server.port(), end);
      ExecutorService normal = Executors.newFixedThreadPool(CHAT_CLIENTS + 1);
      List<Long> chatMillis = Collections.synchronizedList(new ArrayList<>());
      List<Long> healthMillis = Collections.synchronizedList(new ArrayList<>());
      List<String> errors = Collections.synchronizedList(new ArrayList<>());
      slow.start();
      Thread.sleep(1000); // the attack is under way before anyone else comes
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CHAT_CLIENTS; i++) {
        int client = i;
        done.add(normal.submit(() -> chat(server, client, end, chatMillis, errors)));
      }
      done.add(normal.submit(() -> probeHealth(server, end, healthMillis, errors)));
      for (Future<?> each : done) {
        each.get(run.toSeconds() + 30, TimeUnit.SECONDS);
      }
      normal.shutdownNow();
      slow.stop();

      System.out.printf(
          "slow clients: %d held (%d connections made, %d answered 408, %d closed unanswered)%n"
              + "chat: %d answers, %d errors, p50 %d ms, p99 %d ms%n"
              + "health: %d probes, %d errors, p50 %d ms, p99 %d ms, max %d ms%n",
          SLOW_CLIENTS,
          slow.connections.get(),
          slow.answered408.get(),
          slow.closedUnanswered.get(),
          chatMillis.size(),
          errors.size(),
          percentile(chatMillis, 50),
          percentile(chatMillis, 99),
          healthMillis.size(),
          errors.stream().filter(e -> e.startsWith("health")).count(),
          percentile(healthMillis, 50),
          percentile(healthMillis, 99),
          percentile(healthMillis, 100));
      assertThat(errors).isEmpty();
      assertThat(chatMillis).hasSizeGreaterThan(CHAT_CLIENTS);
      // The bound, 200 ms, is for the 60 s run on a quiet machine (see the README); the
      // suite shares its cores with other builds, so it allows 1 s. An exhausted server fails
      // either way: its probes time out after 5 s.
      assertThat(percentile(healthMillis, 99)).isLessThanOrEqualTo(1000);
      assertThat(slow.answered408.get()).isPositive();
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  private static void chat(
      TestServer server, int client, long end, List<Long> millis, List<String> errors) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = client; System.nanoTime() < end; i++) {
      String body = "{\"question\": \"" + QUESTIONS.get(i % QUESTIONS.size()) + "\"}";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.url("/api/chat")))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      timed(http, request, "chat", millis, errors);
      pause(Duration.ofMillis(100));
    }
  }

  private static void probeHealth(
      TestServer server, long end, List<Long> millis, List<String> errors) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/health")))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < end) {
      timed(http, request, "health", millis, errors);
      pause(Duration.ofMillis(50));
    }
  }

  private static void timed(
      HttpClient http, HttpRequest request, String what, List<Long> millis, List<String> errors) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      millis.add((System.nanoTime() - started) / 1_000_000);
      if (response.statusCode() != 200) {
        errors.add(what + ": HTTP " + response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      errors.add(what + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    if (sorted.isEmpty()) {
      return -1;
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The attackers: each sends a request head promising 1000 body bytes, then one byte every {@link
   * #TRICKLE}; when the server answers or closes, it connects again.
   */
  private static final class SlowClients {

    private final int port;
    private final long end;
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(4);
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger answered408 = new AtomicInteger();
    private final AtomicInteger closedUnanswered = new AtomicInteger();

    SlowClients(int port, long end) {
      this.port = port;
      this.end = end;
    }

    void start() {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        String from = "127.0.0." + (2 + i % ADDRESSES);
        threads.schedule(() -> open(from), i * 3L, TimeUnit.MILLISECONDS);
      }
    }

    void stop() throws InterruptedException {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void open(String from) {
      if (System.nanoTime() > end) {
        return;
      }
      try {
        Socket socket = SlowClientTests.connect(port, from);
        connections.incrementAndGet();
        OutputStream out = socket.getOutputStream();
        out.write(SlowClientTests.head("POST /api/chat", 1000).getBytes(StandardCharsets.US_ASCII));
        out.write('{');
        out.flush();
        threads.schedule(() -> trickle(socket, from), TRICKLE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (IOException e) {
        threads.schedule(() -> open(from), 500, TimeUnit.MILLISECONDS);
      }
    }

    private void trickle(Socket socket, String from) {
      try {
        String answer = available(socket);
        if (answer == null) {
          socket.getOutputStream().write(' ');
          threads.schedule(() -> trickle(socket, from), TRICKLE.toMillis(), TimeUnit.MILLISECONDS);
          return;
        }
        if (answer.startsWith("HTTP/1.1 408 ")) {
          answered408.incrementAndGet();
        } else {
          closedUnanswered.incrementAndGet();
        }
      } catch (IOException e) {
        closedUnanswered.incrementAndGet();
      }
      closeQuietly(socket);
      open(from);
    }

    /** What the server sent, "" if it closed, or null if it is still waiting for the body. */
    private static String available(Socket socket) throws IOException {
      socket.setSoTimeout(1);
      byte[] buffer = new byte[512];
      InputStream in = socket.getInputStream();
      try {
        int n = in.read(buffer);
        return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
      } catch (SocketTimeoutException e) {
        return null;
      }
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // already gone
      }
    }
  }
}
