package dev.podcastqa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator for the real HTTP app: JDK {@link HttpClient}s posting questions to {@code
 * /api/chat}, first one client at a time, then several at once, each client on its own connection.
 */
final class ChatMeasure {

  private static final int WARM_UP = 100;

  private final ObjectMapper mapper;
  private final int requests;
  private final int clients;
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  ChatMeasure(ObjectMapper mapper, int requests, int clients) {
    this.mapper = mapper;
    this.requests = requests;
    this.clients = clients;
  }

  ChatFigures measure(URI base, List<String> questions) {
    URI chat = base.resolve("/api/chat");
    Client warm = new Client(chat, questions, 0);
    warm.run(Math.min(WARM_UP, requests));
    answered.set(0);
    failed.set(0);
    long cpuStart = CpuClock.cpuNanos();
    Latencies one = Latencies.ofNanos(new Client(chat, questions, 0).run(requests));
    long cpuOne = CpuClock.cpuNanos();
    int perClient = (requests + clients - 1) / clients;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> runs = new ArrayList<>();
      long started = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        Client client = new Client(chat, questions, (c + 1) * perClient);
        runs.add(pool.submit(() -> client.run(perClient)));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> run : runs) {
        for (long nanos : run.get()) {
          all.add(nanos);
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long cpuEnd = CpuClock.cpuNanos();
      return new ChatFigures(
          one,
          clients,
          Latencies.ofNanos(all.stream().mapToLong(Long::longValue).toArray()),
          Math.round(10 * all.size() / seconds) / 10.0,
          answered.get(),
          failed.get(),
          new ChatFigures.CpuPerAnswer(
              perRequest(cpuStart, cpuOne, requests), perRequest(cpuOne, cpuEnd, all.size())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring chat", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a chat client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU milliseconds per request between two readings; -1 when either is unknown. */
  private static double perRequest(long from, long to, int count) {
    return from < 0 || to < 0 || count == 0 ? -1 : Math.round((to - from) / 1e5 / count) / 10.0;
  }

  /** One client: its own connection, asking questions from {@code offset} on, one at a time. */
  private final class Client {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI chat;
    private final List<String> questions;
    private final int offset;

    Client(URI chat, List<String> questions, int offset) {
      this.chat = chat;
      this.questions = questions;
      this.offset = offset;
    }

    long[] run(int count) {
      long[] nanos = new long[count];
      for (int i = 0; i < count; i++) {
        String question = questions.get((offset + i) % questions.size());
        long started = System.nanoTime();
        HttpResponse<String> response = post(question);
        nanos[i] = System.nanoTime() - started;
        record(response);
      }
      return nanos;
    }

    private HttpResponse<String> post(String question) {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(chat)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        mapper.writeValueAsString(Map.of("question", question))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException("chat request failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private void record(HttpResponse<String> response) {
      if (response.statusCode() != 200) {
        failed.incrementAndGet();
        return;
      }
      try {
        JsonNode answer = mapper.readTree(response.body());
        if (answer.path("answered").asBoolean()) {
          answered.incrementAndGet();
        }
      } catch (IOException e) {
        failed.incrementAndGet();
      }
    }
  }
}
