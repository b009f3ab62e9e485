package dev.podcastqa.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.podcastqa.answer.AnswerCancelledException;
import dev.podcastqa.retry.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Calls the model, blocking or streaming, and retries a timeout, a 429 or a 5xx exactly once after
 * a pause. A streamed call is retried only if no text had arrived. Each call, its retry included,
 * ends within the configured timeout however slowly the model sends its reply: a model that sends a
 * token every few seconds does not keep an answer waiting past it. Streamed pieces are handed to
 * the caller on the caller's own thread; if the caller's consumer throws (its reader has gone), the
 * generation is cancelled, which closes the connection to the model.
 */
final class ModelCalls {

  /** Least time worth a retry: a call given less would time out anyway. */
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(200);

  /** How long a silent model may keep the caller from hearing anything. */
  static final long SILENCE_MILLIS = 500;

  private final ModelClients clients;
  private final Duration backoff;

  /** Runs blocking calls, so that waiting for one can stop at the deadline. */
  private final ExecutorService blocking =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "model-call");
            thread.setDaemon(true);
            return thread;
          });

  ModelCalls(ModelClients clients, Duration backoff) {
    this.clients = clients;
    this.backoff = backoff;
  }

  /** The model's whole reply to {@code messages}. */
  String complete(List<ChatMessage> messages) {
    long deadline = deadline();
    return withOneRetry(() -> completeOnce(messages, deadline), () -> true, deadline);
  }

  /**
   * Streams the model's reply to {@code messages} into {@code pieces}, returning when it is
   * complete. While the model is silent, {@code pieces} gets an empty piece every {@link
   * #SILENCE_MILLIS}, so that the caller can check its reader is still there.
   *
   * @throws ModelFailure when the model fails twice, or once after text had arrived
   * @throws AnswerCancelledException when {@code pieces} throws it (the generation is cancelled)
   */
  void stream(List<ChatMessage> messages, Consumer<String> pieces) {
    AtomicBoolean started = new AtomicBoolean();
    long deadline = deadline();
    withOneRetry(
        () -> {
          streamOnce(messages, pieces, started, deadline);
          return null;
        },
        () -> !started.get(),
        deadline);
  }

  /** When a call begun now must have ended, in {@link System#nanoTime()} terms. */
  private long deadline() {
    return System.nanoTime() + clients.timeout().toNanos();
  }

  private static long millisLeft(long deadline) {
    return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
  }

  private <T> T withOneRetry(Supplier<T> call, BooleanSupplier mayRetry, long deadline) {
    Retry<T> retry =
        Retry.<T>of("Model call", 2, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
            .onFailure(
                failure ->
                    failure instanceof ModelFailure model
                            && model.reason().retryable()
                            && mayRetry.getAsBoolean()
                        ? Optional.of(pauseBefore(deadline, model))
                        : Optional.empty())
            .withLeastAttempt(MIN_ATTEMPT);
    try {
      return retry.call(call);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnswerCancelledException("interrupted before retrying the model");
    }
  }

  /** The backoff, shrunk to half the time left when the deadline is near so the retry fits. */
  private Retry.Pause pauseBefore(long deadline, ModelFailure failure) {
    long pause = Math.min(backoff.toMillis(), millisLeft(deadline) / 2);
    return new Retry.Pause(Duration.ofMillis(pause), "failed (" + failure.getMessage() + ")");
  }

  private String completeOnce(List<ChatMessage> messages, long deadline) {
    Future<String> reply =
        blocking.submit(
            () -> {
              String text = clients.chat().chat(request(messages)).aiMessage().text();
              return text == null ? "" : text;
            });
    try {
      return reply.get(millisLeft(deadline), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reply.cancel(true);
      throw ModelFailure.timeout("no whole reply from the model within " + timeout());
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    } catch (InterruptedException e) {
      reply.cancel(true);
      Thread.currentThread().interrupt();
      throw new AnswerCancelledException("interrupted while waiting for the model");
    }
  }

  private String timeout() {
    return millis(clients.timeout());
  }

  /**
   * What {@code error} says, classified; a timeout is said as this class's own deadline says it:
   * the HTTP client's request timeout is the same as the call's deadline, so which of the two fires
   * first is chance, and a slow model must read alike in the log either way.
   */
  private ModelFailure failure(Throwable error) {
    ModelFailure failure = ModelFailure.of(error);
    return failure.reason() == ModelFailure.Reason.TIMEOUT
        ? ModelFailure.timeout("no whole reply from the model within " + timeout())
        : failure;
  }

  private void streamOnce(
      List<ChatMessage> messages, Consumer<String> pieces, AtomicBoolean started, long deadline) {
    BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    AtomicReference<StreamingHandle> handle = new AtomicReference<>();
    StreamConnections.Hangup abandoned = new StreamConnections.Hangup();
    try {
      // Started on another thread: LangChain4j's JDK client parses the reply on the thread that
      // asked when the response has already arrived, which would hold this one past the deadline.
      Handler handler = new Handler(events, handle, abandoned);
      blocking.execute(
          () -> clients.connections().open(abandoned, () -> startStream(messages, handler)));
      while (true) {
        Event event =
            events.poll(Math.min(millisLeft(deadline), SILENCE_MILLIS), TimeUnit.MILLISECONDS);
        if (event == null && millisLeft(deadline) > 0) {
          pieces.accept("");
          continue;
        }
        if (event == null) {
          throw ModelFailure.timeout("no whole reply from the model within " + timeout());
        }
        if (event.error() != null) {
          throw failure(event.error());
        }
        if (event.done()) {
          return;
        }
        started.set(true);
        pieces.accept(event.text());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(handle, abandoned);
      throw new AnswerCancelledException("interrupted while waiting for the model");
    } catch (RuntimeException e) {
      abandon(handle, abandoned);
      throw e instanceof AnswerCancelledException ? e : failure(e);
    }
  }

  private void startStream(List<ChatMessage> messages, Handler handler) {
    try {
      clients.streaming().chat(request(messages), handler);
    } catch (RuntimeException e) {
      handler.onError(e);
    }
  }

  /**
   * Stops the generation: closes the model's connection, whether or not its reply has begun (a
   * model still queueing or thinking is not left to run until the timeout), and cancels it through
   * LangChain4j's handle if a piece has arrived.
   */
  private static void abandon(
      AtomicReference<StreamingHandle> handle, StreamConnections.Hangup abandoned) {
    abandoned.cancel();
    StreamingHandle current = handle.get();
    if (current != null && !current.isCancelled()) {
      current.cancel();
    }
  }

  private static ChatRequest request(List<ChatMessage> messages) {
    return ChatRequest.builder().messages(messages).build();
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  /** One thing the streaming client reported: a piece of text, the end, or an error. */
  private record Event(String text, boolean done, Throwable error) {}

  /**
   * Queues what LangChain4j reports (on its own thread) for the caller's thread. Exceptions thrown
   * here would be swallowed by LangChain4j, so cancelling goes through the streaming handle.
   */
  private static final class Handler implements StreamingChatResponseHandler {

    private final BlockingQueue<Event> events;
    private final AtomicReference<StreamingHandle> handle;
    private final StreamConnections.Hangup abandoned;

    Handler(
        BlockingQueue<Event> events,
        AtomicReference<StreamingHandle> handle,
        StreamConnections.Hangup abandoned) {
      this.events = events;
      this.handle = handle;
      this.abandoned = abandoned;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
      handle.set(context.streamingHandle());
      if (abandoned.isCancelled()) {
        context.streamingHandle().cancel();
        return;
      }
      events.add(new Event(partial.text(), false, null));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
      events.add(new Event("", true, null));
    }

    @Override
    public void onError(Throwable error) {
      events.add(new Event(null, false, error));
    }
  }
}
