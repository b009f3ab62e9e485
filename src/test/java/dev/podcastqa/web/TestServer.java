package dev.podcastqa.web;

import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.json.Json;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The web app started on a free port for tests, built in exactly one place ({@link #start()}), with
 * a small HTTP client for calling it.
 */
final class TestServer implements AutoCloseable {

  private final Javalin app;
  private final AudioServer audio;
  private final ControlledAnswers answers;
  private final HttpClient client;
  private final String base;

  private TestServer(Javalin app, AudioServer audio, ControlledAnswers answers) {
    this.app = app;
    this.audio = audio;
    this.answers = answers;
    this.base = "http://127.0.0.1:" + app.port();
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * THE fixture factory: every web test gets its server here. It answers with the hand-written
   * {@link FakeAnswerService} over {@link TestCatalog}; switching the tests to the real pipeline
   * means changing the {@code pipeline} line below and nothing else.
   */
  static TestServer start() {
    AudioServer audio = AudioServer.start();
    Catalog catalog = TestCatalog.catalog(audio.url());
    AnswerService pipeline = new FakeAnswerService(catalog);
    ControlledAnswers answers = new ControlledAnswers(pipeline);
    Status status = new Status(true, catalog.size(), FakeAnswerService.CHUNKS, pipeline.mode());
    WebContext context = new WebContext(answers, catalog, () -> status, Json.newMapper());
    Javalin app = WebApp.create(context).start("127.0.0.1", 0);
    return new TestServer(app, audio, answers);
  }

  ControlledAnswers answers() {
    return answers;
  }

  String url(String path) {
    return base + path;
  }

  int port() {
    return app.port();
  }

  HttpClient client() {
    return client;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  HttpResponse<String> postJson(String path, String body) {
    return post(path, "application/json", body);
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    answers.resume();
    app.stop();
    audio.close();
  }
}
