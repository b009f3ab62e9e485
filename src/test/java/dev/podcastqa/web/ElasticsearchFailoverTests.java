package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.TestConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web chat on a two-node Elasticsearch cluster (CI's, from {@code .ci/run}) while node 2 is
 * killed and started again: every request under a steady two-client load still answers, with the
 * answer it gave before the kill, and the cluster is green again once the node is back.
 */
@EnabledIfEnvironmentVariable(named = "PODCASTQA_TEST_ES_NODE_CONTROL", matches = ".+")
class ElasticsearchFailoverTests {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchFailoverTests.class);

  private static final List<String> QUESTIONS =
      List.of(
          "What is grokking?",
          "Around when does the grokking segment start?",
          "How do sparse autoencoders find features?",
          "Is there a part where Neel answers listener questions from Discord?");

  /** Load before the kill, with node 2 down, and after it is back. */
  private static final Duration BEFORE = Duration.ofSeconds(5);

  private static final Duration DOWN = Duration.ofSeconds(20);
  private static final Duration GREEN_DEADLINE = Duration.ofSeconds(240);

  /** Longest a chat request may take: the client's retry on the other node is well inside it. */
  private static final Duration REQUEST_DEADLINE = Duration.ofSeconds(30);

  private final String url1 = System.getenv("PODCASTQA_TEST_ES_URL");
  private final String url2 = System.getenv("PODCASTQA_TEST_ES_URL2");
  private final String control = System.getenv("PODCASTQA_TEST_ES_NODE_CONTROL");
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void chatKeepsAnsweringAloneWhenANodeDiesAndTheClusterHealsWhenItReturns() throws Exception {
    String prefix = "pqa-failover-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    Path index = Files.createTempDirectory("podcastqa-failover");
    Map<Setting, String> settings =
        Map.of(
            Setting.STORE,
            "elasticsearch",
            Setting.ES_URL,
            url1 + "," + url2,
            Setting.ES_INDEX_PREFIX,
            prefix,
            Setting.ES_COMPAT_8,
            System.getenv().getOrDefault("PODCASTQA_ES_COMPAT_8", "false"));
    Application app = new Application(TestConfig.of(Path.of("data/episodes"), index, settings));
    // What the server logs as an error, with its stack trace, is shown with a failed answer.
    try (LogCapture logged = LogCapture.everything();
        Pipeline pipeline = app.open()) {
      Javalin web = app.web(pipeline).start("127.0.0.1", 0);
      try {
        String chat = "http://127.0.0.1:" + web.port() + "/api/chat";
        assertThat(health(prefix + "-*", "green").path("status").asText()).isEqualTo("green");
        assertThat(replicas(prefix + "-chunks")).isEqualTo("1");
        Map<String, String> before = new HashMap<>();
        for (String question : QUESTIONS) {
          Outcome outcome = ask(chat, question);
          assertThat(outcome.status()).as(question).isEqualTo(200);
          before.put(question, outcome.answer());
        }
        List<Outcome> outcomes = new ArrayList<>();
        Downtime down = underLoad(chat, prefix, outcomes);
        List<Outcome> whileDown = outcomes.stream().filter(down::covers).toList();
        // A failed or changed answer is shown with when it came and what it was before.
        List<String> wrong =
            outcomes.stream()
                .filter(o -> o.status() != 200 || !o.answer().equals(before.get(o.question())))
                .map(o -> down.phase(o) + ": " + o + "\n  before: " + before.get(o.question()))
                .toList();
        long slowest = outcomes.stream().mapToLong(Outcome::millis).max().orElse(0);
        LOG.info(
            "{} chat requests over the failover ({} while node 2 was down), {} failed or changed,"
                + " slowest {} ms",
            outcomes.size(),
            whileDown.size(),
            wrong.size(),
            slowest);
        assertThat(whileDown).hasSizeGreaterThan(10);
        assertThat(wrong)
            .as("the server logged:\n%s", String.join("\n", logged.errors()))
            .isEmpty();
        assertThat(slowest).isLessThan(REQUEST_DEADLINE.toMillis());
      } finally {
        web.stop();
      }
    } finally {
      delete(prefix + "-chunks");
      delete(prefix + "-episodes");
    }
  }

  /**
   * Two clients ask in turn while node 2 is killed, left down, started again and the cluster
   * recovers; adds every request's outcome to {@code all} and returns when the node was down.
   */
  private Downtime underLoad(String chat, String prefix, List<Outcome> all) throws Exception {
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        int first = c;
        running.add(
            clients.submit(
                () -> {
                  for (int i = first; !stop.get(); i++) {
                    outcomes.add(ask(chat, QUESTIONS.get(i % QUESTIONS.size())));
                  }
                  return null;
                }));
      }
      Thread.sleep(BEFORE.toMillis());
      node("kill");
      long killed = System.nanoTime();
      Thread.sleep(DOWN.toMillis());
      long restarted = System.nanoTime();
      node("start");
      JsonNode green = health(prefix + "-*", "green");
      LOG.info(
          "node 2 killed; the cluster was {} again {} s later ({} nodes)",
          green.path("status").asText(),
          (System.nanoTime() - killed) / 1_000_000_000,
          green.path("number_of_nodes").asInt());
      assertThat(green.path("status").asText()).isEqualTo("green");
      assertThat(green.path("number_of_nodes").asInt()).isEqualTo(2);
      Thread.sleep(BEFORE.toMillis());
      stop.set(true);
      for (Future<?> client : running) {
        client.get(REQUEST_DEADLINE.toSeconds() * 2, TimeUnit.SECONDS);
      }
      all.addAll(outcomes);
      return new Downtime(killed, restarted);
    } finally {
      stop.set(true);
      clients.shutdownNow();
    }
  }

  /** A request that got no response at all counts as failed (status -1), with the reason. */
  private Outcome ask(String chat, String question) throws InterruptedException {
    String body = "{\"question\": " + mapper.valueToTree(question) + "}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(chat))
            .timeout(REQUEST_DEADLINE)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - started) / 1_000_000;
      JsonNode answer = mapper.readTree(response.body());
      // The conversation id is new on every request; the answer is its text and its citations.
      String kept = answer.path("answer").asText() + " " + answer.path("citations");
      return new Outcome(question, response.statusCode(), kept, started, millis);
    } catch (IOException e) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      return new Outcome(question, -1, e.toString(), started, millis);
    }
  }

  /** Runs {@code .ci/es-node ACTION 2}, within a minute. */
  private void node(String action) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(control, action, "2")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(action + " node 2 in time").isTrue();
    assertThat(process.exitValue()).as(action + " node 2").isZero();
  }

  /** The health of {@code indices}, once it is {@code status} or the deadline has passed. */
  private JsonNode health(String indices, String status) throws IOException, InterruptedException {
    return get(
        "/_cluster/health/"
            + indices
            + "?wait_for_status="
            + status
            + "&wait_for_nodes=2&timeout="
            + GREEN_DEADLINE.toSeconds()
            + "s",
        GREEN_DEADLINE.plusSeconds(10));
  }

  private String replicas(String index) throws IOException, InterruptedException {
    JsonNode settings = get("/" + index + "/_settings", Duration.ofSeconds(30));
    return settings.path(index).path("settings").path("index").path("number_of_replicas").asText();
  }

  private JsonNode get(String path, Duration timeout) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url1 + path)).timeout(timeout).build();
    return mapper.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private void delete(String index) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url1 + "/" + index + "?ignore_unavailable=true"))
            .timeout(Duration.ofSeconds(30))
            .DELETE()
            .build();
    http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** One chat request: its status, the answer and citations it gave, and how long it took. */
  private record Outcome(String question, int status, String answer, long started, long millis) {}

  /** When node 2 was killed and when it was started again, in {@link System#nanoTime()}. */
  private record Downtime(long killed, long restarted) {

    boolean covers(Outcome outcome) {
      return outcome.started() >= killed && outcome.started() < restarted;
    }

    /** When {@code outcome} was asked: before the kill, while node 2 was down, or after. */
    String phase(Outcome outcome) {
      if (outcome.started() < killed) {
        long ended = outcome.started() + outcome.millis() * 1_000_000;
        // A request that was still running when the node died met the failover all the same.
        return ended < killed
            ? "before the kill"
            : "before the kill, still running " + (ended - killed) / 1_000_000 + " ms after it";
      }
      long seconds = (outcome.started() - killed) / 1_000_000_000;
      return (covers(outcome) ? "while node 2 was down, " : "after node 2 was started, ")
          + seconds
          + " s after the kill";
    }
  }
}
