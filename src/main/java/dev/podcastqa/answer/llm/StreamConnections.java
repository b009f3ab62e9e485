package dev.podcastqa.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The HTTP connections a streaming model client opens, made so that a streamed call can be given up
 * before its first token: LangChain4j hands out the handle that stops a generation only with the
 * first piece of text, so a reader who hung up while the model was still queueing or thinking left
 * the model's connection open until the timeout. {@link #open} ties the connection a call opens on
 * the calling thread to a {@link Hangup}; cancelling it cancels the request, or closes the reply
 * once it has begun. Blocking calls go to LangChain4j's own client unchanged.
 */
final class StreamConnections {

  /** The hang-up of the streamed call being opened on this thread, if any. */
  private final ThreadLocal<Hangup> opening = new ThreadLocal<>();

  /**
   * Runs {@code start}, which opens a streamed call on this thread (LangChain4j's streaming clients
   * send their request before they return), so that {@code hangup} closes its connection.
   */
  void open(Hangup hangup, Runnable start) {
    opening.set(hangup);
    try {
      start.run();
    } finally {
      opening.remove();
    }
  }

  /** What a streaming model is built with: clients whose streamed calls {@link #open} ties. */
  HttpClientBuilder builder() {
    return new Builder();
  }

  /** Whether a streamed call was given up; cancelling runs what it holds open, now and later. */
  static final class Hangup {

    private final List<Runnable> onCancel = new ArrayList<>();
    private boolean cancelled;

    void cancel() {
      List<Runnable> now;
      synchronized (this) {
        if (cancelled) {
          return;
        }
        cancelled = true;
        now = List.copyOf(onCancel);
        onCancel.clear();
      }
      now.forEach(Runnable::run);
    }

    synchronized boolean isCancelled() {
      return cancelled;
    }

    /** Runs {@code action} on cancel, or at once if the call was given up already. */
    void onCancel(Runnable action) {
      synchronized (this) {
        if (!cancelled) {
          onCancel.add(action);
          return;
        }
      }
      action.run();
    }
  }

  private final class Builder implements HttpClientBuilder {

    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public HttpClient build() {
      HttpClient blocking =
          HttpClientBuilderLoader.loadHttpClientBuilder()
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .build();
      java.net.http.HttpClient.Builder jdk =
          java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1);
      if (connectTimeout != null) {
        jdk.connectTimeout(connectTimeout);
      }
      return new Client(blocking, jdk.build(), readTimeout);
    }
  }

  /** Blocking calls through LangChain4j's client; streamed ones through the JDK's, cancellable. */
  private final class Client implements HttpClient {

    private final HttpClient blocking;
    private final java.net.http.HttpClient jdk;
    private final Duration readTimeout;

    Client(HttpClient blocking, java.net.http.HttpClient jdk, Duration readTimeout) {
      this.blocking = blocking;
      this.jdk = jdk;
      this.readTimeout = readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
      return blocking.execute(request);
    }

    @Override
    public void execute(
        HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
      Hangup hangup = opening.get();
      CompletableFuture<HttpResponse<InputStream>> sent =
          jdk.sendAsync(jdkRequest(request), HttpResponse.BodyHandlers.ofInputStream());
      if (hangup != null) {
        hangup.onCancel(() -> sent.cancel(true));
      }
      sent.thenAccept(response -> read(response, hangup, parser, listener))
          .exceptionally(
              failure -> {
                quietly(
                    () ->
                        listener.onError(
                            failure instanceof CompletionException ? failure.getCause() : failure));
                return null;
              });
    }

    private void read(
        HttpResponse<InputStream> response,
        Hangup hangup,
        ServerSentEventParser parser,
        ServerSentEventListener listener) {
      try (InputStream body = response.body()) {
        if (hangup != null) {
          hangup.onCancel(() -> closeQuietly(body));
        }
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
          String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
          quietly(() -> listener.onError(new HttpException(response.statusCode(), text)));
          return;
        }
        SuccessfulHttpResponse opened =
            SuccessfulHttpResponse.builder()
                .statusCode(response.statusCode())
                .headers(response.headers().map())
                .build();
        quietly(() -> listener.onOpen(opened));
        parser.parse(body, listener);
        quietly(listener::onClose);
      } catch (IOException e) {
        quietly(() -> listener.onError(e));
      }
    }

    private java.net.http.HttpRequest jdkRequest(HttpRequest request) {
      java.net.http.HttpRequest.Builder builder =
          java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
      request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
      builder.method(
          request.method().name(),
          request.body() == null
              ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
      if (readTimeout != null) {
        builder.timeout(readTimeout);
      }
      return builder.build();
    }
  }

  /** A listener's exception must not stop the reading or hide the failure being reported. */
  private static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      // LangChain4j's own client ignores them likewise
    }
  }

  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // closing is all that was asked: the reply is given up
    }
  }
}
