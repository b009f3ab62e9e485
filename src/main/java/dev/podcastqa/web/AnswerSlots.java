package dev.podcastqa.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one client address, and all of them together, from holding every answer (and every request
 * thread) at once: a request that makes an answer (a chat, a streamed chat, an OpenAI-compatible
 * completion, an MCP message) while its address already has its limit in progress is answered 429,
 * and while the whole server has its limit in progress 503, each with a {@code Retry-After}, the
 * JSON error body of its channel and one log line. Counted from when the body has arrived (slow
 * bodies are {@link BodyDeadline}'s part) until the response ends, however it ends. Thread-safe.
 */
final class AnswerSlots extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerSlots.class);

  /** The paths whose POSTs make answers. */
  static final Set<String> ANSWER_PATHS =
      Set.of("/api/chat", "/api/chat/stream", "/v1/chat/completions", "/mcp");

  /** Seconds a refused client is asked to wait: an extractive answer takes well under one. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final String OVERLOADED = "overloaded";

  private final int perAddress;
  private final int total;
  private final EarlyRefusals refusals;
  private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();
  private final AtomicInteger everywhere = new AtomicInteger();

  /**
   * @param perAddress answers one address may have in progress at once; 0 for no limit
   * @param total answers all addresses together may have in progress at once; 0 for no limit
   * @param refusals the JSON error bodies, in each channel's shape
   */
  AnswerSlots(int perAddress, int total, EarlyRefusals refusals) {
    this.perAddress = perAddress;
    this.total = total;
    this.refusals = refusals;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if ((perAddress == 0 && total == 0)
        || !"POST".equals(request.getMethod())
        || !ANSWER_PATHS.contains(path)) {
      return super.handle(request, response, callback);
    }
    String address = Request.getRemoteAddr(request);
    if (!take(address)) {
      refuseAddress(request, response, callback, path, address);
      return true;
    }
    if (!takeEverywhere()) {
      release(address);
      refuseEverywhere(request, response, callback, path, address);
      return true;
    }
    Releasing releasing =
        new Releasing(
            callback,
            () -> {
              release(address);
              everywhere.decrementAndGet();
            });
    boolean handled = false;
    try {
      handled = super.handle(request, response, releasing);
      return handled;
    } finally {
      if (!handled) {
        releasing.releaseOnce(); // Jetty answers it itself, without this callback
      }
    }
  }

  /** Answers in progress for {@code address} now, for tests. */
  int inProgress(String address) {
    return inProgress.getOrDefault(address, 0);
  }

  /** Answers in progress from all addresses now, for tests. */
  int inProgress() {
    return everywhere.get();
  }

  private boolean takeEverywhere() {
    int now;
    do {
      now = everywhere.get();
      if (total != 0 && now >= total) {
        return false;
      }
    } while (!everywhere.compareAndSet(now, now + 1));
    return true;
  }

  private boolean take(String address) {
    if (perAddress == 0) {
      return true;
    }
    AtomicBoolean taken = new AtomicBoolean();
    inProgress.compute(
        address,
        (a, count) -> {
          int now = count == null ? 0 : count;
          if (now >= perAddress) {
            return count;
          }
          taken.set(true);
          return now + 1;
        });
    return taken.get();
  }

  private void release(String address) {
    if (perAddress == 0) {
      return;
    }
    inProgress.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
  }

  private void refuseAddress(
      Request request, Response response, Callback callback, String path, String address) {
    LOG.info(
        RefusalLine.of(
            429,
            request.getMethod(),
            path,
            address,
            ApiError.forStatus(429).error(),
            perAddress
                + " answers from this address are in progress, the limit per address"
                + " (PODCASTQA_MAX_ANSWERS_PER_ADDRESS)"));
    EarlyRefusals.send(response, callback, 429, retryAfter(), refusals.forStatus(path, 429));
  }

  /** Not the client's mistake but the server's capacity: a 503, and a warning for its operator. */
  private void refuseEverywhere(
      Request request, Response response, Callback callback, String path, String address) {
    LOG.warn(
        RefusalLine.of(
            503,
            request.getMethod(),
            path,
            address,
            OVERLOADED,
            total
                + " answers are in progress, the limit of the whole server"
                + " (PODCASTQA_MAX_ANSWERS)"));
    String detail =
        "The service is answering as many questions as it can at once; ask again in a moment.";
    EarlyRefusals.send(
        response, callback, 503, retryAfter(), refusals.of(path, 503, OVERLOADED, detail));
  }

  private static Map<String, String> retryAfter() {
    return Map.of(HttpHeader.RETRY_AFTER.asString(), String.valueOf(RETRY_AFTER_SECONDS));
  }

  /** Releases the slot once, when the response ends either way, then completes the wrapped one. */
  private static final class Releasing extends Callback.Nested {

    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable release;

    Releasing(Callback callback, Runnable release) {
      super(callback);
      this.release = release;
    }

    @Override
    public void succeeded() {
      releaseOnce();
      super.succeeded();
    }

    @Override
    public void failed(Throwable x) {
      releaseOnce();
      super.failed(x);
    }

    void releaseOnce() {
      if (released.compareAndSet(false, true)) {
        release.run();
      }
    }
  }
}
