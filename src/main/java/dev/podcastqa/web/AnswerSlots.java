package dev.podcastqa.web;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one client address from holding every answer at once: a request that makes an answer (a
 * chat, a streamed chat, an OpenAI-compatible completion, an MCP message) while that address
 * already has the limit in progress is answered 429 with a {@code Retry-After}, the JSON error body
 * of its channel, and one log line. Counted from when the body has arrived (slow bodies are {@link
 * BodyDeadline}'s part) until the response ends, however it ends. Thread-safe.
 */
final class AnswerSlots extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerSlots.class);

  /** The paths whose POSTs make answers. */
  static final Set<String> ANSWER_PATHS =
      Set.of("/api/chat", "/api/chat/stream", "/v1/chat/completions", "/mcp");

  /** Seconds a refused client is asked to wait: an extractive answer takes well under one. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final String JSON = "application/json; charset=utf-8";

  private final int perAddress;
  private final BiFunction<String, Integer, byte[]> bodyForStatus;
  private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();

  /**
   * @param perAddress answers one address may have in progress at once; 0 for no limit
   * @param bodyForStatus the JSON error body for a path and a status, in its channel's shape
   */
  AnswerSlots(int perAddress, BiFunction<String, Integer, byte[]> bodyForStatus) {
    this.perAddress = perAddress;
    this.bodyForStatus = bodyForStatus;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (perAddress == 0 || !"POST".equals(request.getMethod()) || !ANSWER_PATHS.contains(path)) {
      return super.handle(request, response, callback);
    }
    String address = Request.getRemoteAddr(request);
    if (!take(address)) {
      refuse(request, response, callback, path, address);
      return true;
    }
    Releasing releasing = new Releasing(callback, () -> release(address));
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

  private boolean take(String address) {
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
    inProgress.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
  }

  private void refuse(
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
    byte[] body = bodyForStatus.apply(path, 429);
    response.setStatus(429);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
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
