package dev.podcastqa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A model server on loopback that speaks either the OpenAI chat-completions API ({@code POST
 * /v1/chat/completions}: JSON, or SSE {@code data:} chunks ending in {@code data: [DONE]} when the
 * request says {@code stream: true}) or Ollama's {@code POST /api/chat} (JSON, or NDJSON when
 * streaming). Each request takes the next scripted {@link Reply}; when none is queued, the default
 * responder writes the text. It records every request body and notices a client that hangs up.
 */
public final class FakeModelServer implements AutoCloseable {

  /** Which wire protocol the server speaks. */
  public enum Api {
    OPENAI,
    OLLAMA
  }

  /** How often a thinking model writes a comment line. */
  private static final Duration THINKING_EVERY = Duration.ofMillis(100);

  private final Api api;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final ObjectMapper mapper = Json.newMapper();
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger piecesWritten = new AtomicInteger();
  private volatile Function<JsonNode, Reply> responder = request -> Reply.text("OK.");
  private volatile CountDownLatch clientGone = new CountDownLatch(1);

  private FakeModelServer(Api api) {
    this.api = api;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext(api == Api.OPENAI ? "/v1/chat/completions" : "/api/chat", this::handle);
    server.start();
  }

  public static FakeModelServer openAi() {
    return new FakeModelServer(Api.OPENAI);
  }

  public static FakeModelServer ollama() {
    return new FakeModelServer(Api.OLLAMA);
  }

  /** The base URL a client is configured with: {@code .../v1} for OpenAI, the root for Ollama. */
  public String baseUrl() {
    String root = "http://127.0.0.1:" + server.getAddress().getPort();
    return api == Api.OPENAI ? root + "/v1" : root;
  }

  public Api api() {
    return api;
  }

  /** Queues replies for the next requests, in order. */
  public FakeModelServer then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** How requests with no queued reply are answered. */
  public FakeModelServer otherwise(Function<JsonNode, Reply> responder) {
    this.responder = responder;
    return this;
  }

  /** Forgets the script, the recorded requests and any hang-up, between tests. */
  public void reset() {
    script.clear();
    requests.clear();
    piecesWritten.set(0);
    clientGone = new CountDownLatch(1);
    responder = request -> Reply.text("OK.");
  }

  public List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /** The text of every message of request {@code i}, in order. */
  public List<String> messages(int i) {
    List<String> texts = new ArrayList<>();
    requests.get(i).path("messages").forEach(m -> texts.add(m.path("content").asText()));
    return texts;
  }

  /** Streamed pieces written to clients so far. */
  public int piecesWritten() {
    return piecesWritten.get();
  }

  /** Waits until a client hangs up on a streamed reply. */
  public boolean awaitClientGone(Duration timeout) throws InterruptedException {
    return clientGone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      JsonNode request = mapper.readTree(exchange.getRequestBody());
      requests.add(request);
      Reply reply = script.poll();
      if (reply == null) {
        reply = responder.apply(request);
      }
      sleep(reply.delay());
      if (reply.raw() != null) {
        send(exchange, 200, "application/json", reply.raw());
      } else if (reply.status() != 200) {
        sendError(exchange, reply.status());
      } else if (request.path("stream").asBoolean(false)) {
        stream(exchange, reply);
      } else if (!reply.gap().isZero()) {
        trickleWhole(exchange, reply);
      } else {
        send(exchange, 200, "application/json", mapper.writeValueAsString(whole(reply.text())));
      }
    } catch (IOException e) {
      clientGone.countDown();
    }
  }

  private void stream(HttpExchange exchange, Reply reply) throws IOException {
    boolean openAi = api == Api.OPENAI;
    exchange
        .getResponseHeaders()
        .set("Content-Type", openAi ? "text/event-stream" : "application/x-ndjson");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    long thinking = System.nanoTime() + reply.thinking().toNanos();
    while (openAi && System.nanoTime() < thinking) {
      // What hosted models send while the first token is not ready (readers skip comment lines).
      write(out, ": thinking\n\n");
      sleep(THINKING_EVERY);
    }
    for (String piece : reply.pieces()) {
      write(out, frame(chunk(piece, false)));
      piecesWritten.incrementAndGet();
      sleep(reply.gap());
    }
    write(out, frame(chunk("", true)));
    if (openAi) {
      write(out, "data: [DONE]\n\n");
    }
  }

  /** A whole (unstreamed) reply whose JSON body arrives in as many parts as it has pieces. */
  private void trickleWhole(HttpExchange exchange, Reply reply) throws IOException {
    byte[] body = mapper.writeValueAsBytes(whole(reply.text()));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    OutputStream out = exchange.getResponseBody();
    int parts = Math.max(1, reply.pieces().size());
    for (int i = 0; i < parts; i++) {
      out.write(
          body, i * body.length / parts, (i + 1) * body.length / parts - i * body.length / parts);
      out.flush();
      piecesWritten.incrementAndGet();
      if (i < parts - 1) {
        sleep(reply.gap());
      }
    }
  }

  private String frame(ObjectNode json) throws IOException {
    String line = mapper.writeValueAsString(json);
    return api == Api.OPENAI ? "data: " + line + "\n\n" : line + "\n";
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private ObjectNode whole(String text) {
    if (api == Api.OLLAMA) {
      ObjectNode done = chunk(text, true);
      done.putObject("message").put("role", "assistant").put("content", text);
      return done;
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1700000000);
    body.put("model", "fake-model");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", text);
    body.putObject("usage")
        .put("prompt_tokens", 10)
        .put("completion_tokens", 10)
        .put("total_tokens", 20);
    return body;
  }

  private ObjectNode chunk(String piece, boolean last) {
    ObjectNode body = mapper.createObjectNode();
    if (api == Api.OLLAMA) {
      body.put("model", "fake-model").put("created_at", "2025-01-01T00:00:00Z");
      body.putObject("message").put("role", "assistant").put("content", piece);
      body.put("done", last);
      if (last) {
        body.put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 10);
      }
      return body;
    }
    body.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk");
    body.put("created", 1700000000).put("model", "fake-model");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode delta = choice.putObject("delta");
    if (last) {
      choice.put("finish_reason", "stop");
    } else {
      delta.put("content", piece);
      choice.putNull("finish_reason");
    }
    return body;
  }

  private void sendError(HttpExchange exchange, int status) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    if (api == Api.OLLAMA) {
      body.put("error", "fake error " + status);
    } else {
      body.putObject("error")
          .put("message", "fake error " + status)
          .put("type", status == 429 ? "rate_limit_error" : "server_error");
    }
    send(exchange, status, "application/json", mapper.writeValueAsString(body));
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /**
   * One scripted reply: an HTTP status (200, or an error such as 429 or 503), how long to wait
   * before answering, the text in the pieces a streamed reply sends, and the pause between them (an
   * unstreamed reply then arrives in as many parts); or, when {@code raw} is set, exactly those
   * bytes as a 200 body, streamed or not. A streamed OpenAI reply spends {@code thinking} after its
   * headers writing SSE comment lines before its first piece.
   */
  public record Reply(
      int status,
      Duration delay,
      List<String> pieces,
      Duration gap,
      String raw,
      Duration thinking) {

    public Reply {
      pieces = List.copyOf(pieces);
    }

    public Reply(int status, Duration delay, List<String> pieces, Duration gap) {
      this(status, delay, pieces, gap, null, Duration.ZERO);
    }

    /** A 200 reply whose body is {@code body} as it stands, however the request asked. */
    public static Reply raw(String body) {
      return new Reply(200, Duration.ZERO, List.of(), Duration.ZERO, body, Duration.ZERO);
    }

    /**
     * A streamed reply whose headers come at once, then only comment lines for {@code thinking},
     * then the text word by word: a model queueing the request or reading the prompt.
     */
    public static Reply thinking(Duration thinking, String text) {
      return new Reply(200, Duration.ZERO, words(text), Duration.ZERO, null, thinking);
    }

    /** A good reply; streamed, it arrives word by word. */
    public static Reply text(String text) {
      return new Reply(200, Duration.ZERO, words(text), Duration.ZERO);
    }

    public static Reply status(int status) {
      return new Reply(status, Duration.ZERO, List.of(), Duration.ZERO);
    }

    /** A reply that starts only after {@code delay}. */
    public static Reply slow(Duration delay, String text) {
      return new Reply(200, delay, words(text), Duration.ZERO);
    }

    /** A streamed reply whose pieces come {@code gap} apart. */
    public static Reply trickle(List<String> pieces, Duration gap) {
      return new Reply(200, Duration.ZERO, pieces, gap);
    }

    public String text() {
      return String.join("", pieces);
    }

    /** Splits after each space, so joining the pieces gives the text back. */
    static List<String> words(String text) {
      List<String> pieces = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == ' ') {
          pieces.add(text.substring(start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length()) {
        pieces.add(text.substring(start));
      }
      return pieces;
    }
  }
}
