package dev.podcastqa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import dev.podcastqa.retry.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Discord's REST API on loopback, a real HTTP server (OkHttp's MockWebServer): it records every
 * request, answers from a script of queued responses (else 200 with a message id, or for a command
 * overwrite the commands it was sent), and logs requests and the waits of its {@link #sleeper()} in
 * one ordered list of events, so a test can see that a retry came after the wait.
 */
public final class FakeDiscord implements AutoCloseable {

  /** One request as the fake received it. */
  public record Request(
      String method, String path, String query, Map<String, List<String>> headers, String body) {

    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  private record Response(int status, String body, Map<String, String> headers) {}

  private static final ObjectMapper MAPPER = Json.newMapper();

  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<Request> unseen = new LinkedBlockingQueue<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final Queue<Response> script = new ConcurrentLinkedQueue<>();

  private FakeDiscord() {}

  public static FakeDiscord start() {
    FakeDiscord fake = new FakeDiscord();
    fake.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return fake.handle(request);
          }
        });
    try {
      fake.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fake;
  }

  /** What {@code PODCASTQA_DISCORD_API_BASE} points at. */
  public String apiBase() {
    return base() + "/api/v10";
  }

  /** A channel webhook URL on this fake. */
  public String webhookUrl() {
    return base() + "/api/webhooks/111/webhook-token";
  }

  /** The next request answers {@code status} with {@code body} and {@code headers}. */
  public void enqueue(int status, String body, Map<String, String> headers) {
    script.add(new Response(status, body, headers));
  }

  /** The next request not yet taken, waiting up to ten seconds for it. */
  public Request take() {
    try {
      Request request = unseen.poll(10, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("Discord's API received no request; events: " + events);
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** True when no request arrives within {@code wait}. */
  public boolean quietFor(Duration wait) throws InterruptedException {
    Request request = unseen.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    return request == null;
  }

  public List<Request> received() {
    return List.copyOf(received);
  }

  /** Requests as {@code "PATCH /path"} and waits as {@code "sleep 1500 ms"}, in order. */
  public List<String> events() {
    return List.copyOf(events);
  }

  /** A sleeper that records each wait as an event and returns at once. */
  public Sleeper sleeper() {
    return duration -> events.add("sleep " + duration.toMillis() + " ms");
  }

  /**
   * Forgets what came before, once requests a finished test set going in the background (a reply
   * edited after its deferral, a retry) have stopped arriving, so that none of them lands in the
   * next test or takes the response it scripted.
   */
  public void reset() throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!quietFor(Duration.ofMillis(300)) && System.nanoTime() < giveUp) {
      // a late request from the test before: drop it and wait for the next quiet moment
    }
    unseen.clear();
    received.clear();
    events.clear();
    script.clear();
  }

  @Override
  public void close() {
    server.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  private MockResponse handle(RecordedRequest recorded) {
    String path = recorded.getUrl().encodedPath();
    String body =
        recorded.getBody() == null ? "" : recorded.getBody().string(StandardCharsets.UTF_8);
    Request request =
        new Request(
            recorded.getMethod(),
            path,
            recorded.getUrl().encodedQuery(),
            recorded.getHeaders().toMultimap(),
            body);
    events.add(request.method() + " " + path);
    received.add(request);
    unseen.add(request);
    Response response = script.poll();
    if (response == null) {
      response = defaultResponse(request);
    }
    MockResponse.Builder mock =
        new MockResponse.Builder()
            .code(response.status())
            .addHeader("Content-Type", "application/json")
            .body(response.body());
    response.headers().forEach(mock::addHeader);
    return mock.build();
  }

  private static Response defaultResponse(Request request) {
    if (request.method().equals("PUT") && request.path().endsWith("/commands")) {
      return new Response(200, request.body(), Map.of());
    }
    return new Response(200, "{\"id\": \"42\"}", Map.of());
  }

  /** All requests' paths, for assertion messages. */
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    received.forEach(r -> paths.add(r.method() + " " + r.path()));
    return paths;
  }
}
