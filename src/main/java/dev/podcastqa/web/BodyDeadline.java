package dev.podcastqa.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each request body whole before the app sees it, without holding a thread while the bytes
 * trickle in, and answers 408 (one log line) when the body has not arrived within the time allowed.
 * The app then reads the body from memory, so a slow client never blocks a request thread; a body
 * with a {@code Content-Encoding} is refused once read ({@link ContentEncodings}). It also tells
 * the {@link ConnectionGuard} when a request starts and ends, for its request-head deadline.
 */
final class BodyDeadline extends Handler.Wrapper {

  private static final Logger LOG = LoggerFactory.getLogger(BodyDeadline.class);

  /**
   * How many times the size limit an oversized body is read on for (and discarded) before the 413:
   * a server that closes on unread bytes resets the connection, and the client never sees the
   * answer. Bodies declared larger than this are refused before they are read.
   */
  static final int DRAIN_FACTOR = 4;

  private final ConnectionGuard guard;
  private final Duration timeout;
  private final int maxBytes;

  BodyDeadline(ConnectionGuard guard, Duration timeout, int maxBytes) {
    this.guard = guard;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Connection connection = request.getConnectionMetaData().getConnection();
    guard.requestStarted(connection);
    Callback ended = new EndingCallback(callback, () -> guard.requestEnded(connection));
    if (hasBody(request)) {
      new BodyReader(request, response, ended).start();
      return true;
    }
    return handleNext(request, response, ended);
  }

  private boolean handleNext(Request request, Response response, Callback callback)
      throws Exception {
    if (!super.handle(request, response, callback)) {
      Response.writeError(request, response, callback, 404);
    }
    return true;
  }

  private static boolean hasBody(Request request) {
    long length = request.getLength();
    return length > 0
        || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
  }

  /** Reads one body as it arrives, racing the deadline; whichever settles first wins. */
  private final class BodyReader implements Runnable {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final AtomicBoolean settled = new AtomicBoolean();
    private Scheduler.Task deadline;
    private boolean oversized;
    private long drained;

    BodyReader(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    void start() {
      oversized = request.getLength() > maxBytes;
      Scheduler scheduler = request.getComponents().getScheduler();
      deadline = scheduler.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
      run();
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
      while (!settled.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          fail(chunk.getFailure());
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        boolean last = chunk.isLast();
        if (oversized) {
          drained += bytes.remaining();
          chunk.release();
          if (last || drained > DRAIN_FACTOR * (long) maxBytes) {
            fail(RequestRejectedException.tooLarge());
            return;
          }
          continue;
        }
        byte[] copy = new byte[Math.min(bytes.remaining(), maxBytes + 1 - body.size())];
        bytes.get(copy);
        drained += bytes.remaining();
        body.write(copy, 0, copy.length);
        chunk.release();
        if (body.size() > maxBytes) {
          // Read on (discarding) while the client is still sending, within a bound: closing on
          // unread bytes resets the connection, and the client would never see the 413.
          oversized = true;
          body.reset();
          if (last) {
            fail(RequestRejectedException.tooLarge());
            return;
          }
          continue;
        }
        if (last) {
          complete();
          return;
        }
      }
    }

    private void complete() {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      deadline.cancel();
      Optional<String> encoded = ContentEncodings.refusal(request);
      if (encoded.isPresent()) {
        response.getHeaders().put(HttpHeader.ACCEPT_ENCODING, "identity");
        Response.writeError(request, response, callback, 415, encoded.get());
        return;
      }
      try {
        handleNext(new BufferedRequest(request, body.toByteArray()), response, callback);
      } catch (Throwable t) {
        // A 500 no handler of the app answered: logged here, where it happened.
        LOG.error("{} {} failed", request.getMethod(), request.getHttpURI().getPath(), t);
        Response.writeError(request, response, callback, t);
      }
    }

    private void fail(Throwable failure) {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      deadline.cancel();
      if (failure instanceof RequestRejectedException rejected) {
        Response.writeError(request, response, callback, rejected.status());
        return;
      }
      LOG.debug("Could not read a request body: {}", failure.toString());
      Response.writeError(request, response, callback, failure);
    }

    private void expire() {
      if (!settled.compareAndSet(false, true)) {
        return;
      }
      LOG.info(
          RefusalLine.of(
              408,
              request.getMethod(),
              request.getHttpURI().getPath(),
              Request.getRemoteAddr(request),
              ApiError.forStatus(408).error(),
              body.size()
                  + " of "
                  + (request.getLength() < 0 ? "?" : request.getLength())
                  + " body bytes arrived within "
                  + timeout.toMillis()
                  + " ms"));
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      // The rest of the body may never come: close once the 408 is out, rather than wait for it.
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      Response.writeError(request, response, new ClosingCallback(callback, endPoint), 408);
    }
  }

  /** A request whose body was read into memory: the app reads it from there at once. */
  private static final class BufferedRequest extends Request.Wrapper {

    private final byte[] body;
    private final AtomicBoolean consumed = new AtomicBoolean();

    BufferedRequest(Request request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public Content.Chunk read() {
      return consumed.getAndSet(true)
          ? Content.Chunk.EOF
          : Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run(); // everything has arrived
    }

    @Override
    public boolean consumeAvailable() {
      consumed.set(true);
      return true;
    }
  }

  /** Completes the wrapped callback, then closes the connection. */
  private static final class ClosingCallback extends Callback.Nested {

    private final EndPoint endPoint;

    ClosingCallback(Callback callback, EndPoint endPoint) {
      super(callback);
      this.endPoint = endPoint;
    }

    @Override
    public void succeeded() {
      try {
        super.succeeded();
      } finally {
        endPoint.close();
      }
    }

    @Override
    public void failed(Throwable x) {
      try {
        super.failed(x);
      } finally {
        endPoint.close();
      }
    }
  }

  /** Runs {@code ended} when the response completes, either way, then completes the wrapped one. */
  private static final class EndingCallback extends Callback.Nested {

    private final Runnable ended;

    EndingCallback(Callback callback, Runnable ended) {
      super(callback);
      this.ended = ended;
    }

    @Override
    public void succeeded() {
      ended.run();
      super.succeeded();
    }

    @Override
    public void failed(Throwable x) {
      ended.run();
      super.failed(x);
    }
  }
}
