package dev.podcastqa.web;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.follow.Feeds;
import dev.podcastqa.retry.Sleeper;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.FakeModelServer;
import dev.podcastqa.testing.TestConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/**
 * The web app started on a free port for tests, built in exactly one place ({@link #start()}), with
 * a small HTTP client for calling it.
 */
final class TestServer implements AutoCloseable {

  /** Index of the web test corpus, kept between test classes (nothing is re-embedded). */
  static final Path INDEX = Path.of("target/test-index/web");

  /** The model timeout of {@link #startWithModel}: it bounds each answer, its retry included. */
  static final Duration MODEL_TIMEOUT = Duration.ofSeconds(2);

  /** The public URL Discord messages link to in tests. */
  static final String PUBLIC_URL = "https://podcasts.example";

  private final Javalin app;
  private final AudioServer audio;
  private final Path corpus;
  private final Pipeline pipeline;
  private final ControlledAnswers answers;
  private final HttpClient client;
  private final String base;

  private TestServer(
      Javalin app, AudioServer audio, Path corpus, Pipeline pipeline, ControlledAnswers answers) {
    this.app = app;
    this.audio = audio;
    this.corpus = corpus;
    this.pipeline = pipeline;
    this.answers = answers;
    this.base = "http://127.0.0.1:" + app.port();
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * THE fixture factory: every web test gets its server here (or from {@link #startWithDiscord} or
   * {@link #startWithModel}, which build it the same way with a few settings more). It runs the
   * real pipeline (page parsing, chunking, in-process embeddings, Lucene, extractive answers) over
   * the test corpus in {@link TestCorpus}, behind {@link ControlledAnswers} so tests can hold or
   * fail answers.
   */
  /** The server the short episode's audio file comes from. */
  AudioServer audio() {
    return audio;
  }

  static TestServer start() {
    return start(Map.of(), null);
  }

  /**
   * The same server with Discord on: interactions verified with {@code publicKeyHex}, replies and
   * the share webhook sent to {@code discord}, whose sleeper records rate-limit waits.
   */
  static TestServer startWithDiscord(FakeDiscord discord, String publicKeyHex) {
    return startWithDiscord(discord, publicKeyHex, Map.of());
  }

  /** The same server with Discord on and a few settings more. */
  static TestServer startWithDiscord(
      FakeDiscord discord, String publicKeyHex, Map<Setting, String> more) {
    Map<Setting, String> settings = new java.util.EnumMap<>(Setting.class);
    settings.putAll(more);
    settings.putAll(
        Map.of(
            Setting.DISCORD_PUBLIC_KEY,
            publicKeyHex,
            Setting.DISCORD_API_BASE,
            discord.apiBase(),
            Setting.DISCORD_WEBHOOK_URL,
            discord.webhookUrl(),
            Setting.PUBLIC_URL,
            PUBLIC_URL));
    return start(settings, discord);
  }

  /**
   * The same server answering with a model: LangChain4j's real client for {@code model}'s API,
   * pointed at it, with a {@link #MODEL_TIMEOUT}. Its index is the extractive server's, so the two
   * must not run at the same time.
   */
  static TestServer startWithModel(FakeModelServer model) {
    return startWithModel(model, MODEL_TIMEOUT, null);
  }

  /**
   * {@link #startWithModel(FakeModelServer)} with the model timeout {@code timeout} (whole seconds)
   * and, unless {@code apiKey} is null, the agents' channels as {@link #startWithAgents} has them.
   */
  static TestServer startWithModel(FakeModelServer model, Duration timeout, String apiKey) {
    String provider = model.api() == FakeModelServer.Api.OPENAI ? "openai" : "ollama";
    Map<Setting, String> settings = new EnumMap<>(Setting.class);
    settings.put(Setting.LLM, provider);
    settings.put(Setting.LLM_BASE_URL, model.baseUrl());
    settings.put(Setting.LLM_MODEL, "fake-model");
    settings.put(Setting.LLM_TIMEOUT_SECONDS, String.valueOf(timeout.toSeconds()));
    if (apiKey != null) {
      settings.put(Setting.API_KEY, apiKey);
      settings.put(Setting.PUBLIC_URL, PUBLIC_URL);
    }
    return start(settings, null, apiKey != null);
  }

  /** The same server with a few settings more (request limits, say). */
  static TestServer startWith(Map<Setting, String> settings) {
    return start(settings, null);
  }

  /**
   * The same server with the channels agents use, {@code /v1} and {@code /mcp}, requiring {@code
   * apiKey} (none when blank), their links absolute with {@link #PUBLIC_URL}.
   */
  static TestServer startWithAgents(String apiKey) {
    return start(Map.of(Setting.API_KEY, apiKey, Setting.PUBLIC_URL, PUBLIC_URL), null, true);
  }

  /** The server {@link #startWithAgents(String)} makes, with a few settings more. */
  static TestServer startWithAgents(String apiKey, Map<Setting, String> more) {
    Map<Setting, String> settings = new EnumMap<>(Setting.class);
    settings.putAll(more);
    settings.put(Setting.API_KEY, apiKey);
    settings.put(Setting.PUBLIC_URL, PUBLIC_URL);
    return start(settings, null, true);
  }

  private static TestServer start(Map<Setting, String> settings, FakeDiscord fakeDiscord) {
    return start(settings, fakeDiscord, false);
  }

  private static TestServer start(
      Map<Setting, String> settings, FakeDiscord fakeDiscord, boolean agents) {
    AudioServer audio = AudioServer.start();
    Path corpus = TestCorpus.write(audio.url());
    Application application = new Application(TestConfig.of(corpus, INDEX, settings));
    Pipeline pipeline = application.open();
    ControlledAnswers answers = new ControlledAnswers(pipeline.answers());
    Status status =
        new Status(true, pipeline.catalog().size(), pipeline.store().chunkCount(), answers.mode());
    FeedbackLog feedback = application.feedbackLog(pipeline.catalog());
    Optional<DiscordBot> discord =
        application.discord(
            answers,
            pipeline.catalog(),
            fakeDiscord == null ? Sleeper.REAL : fakeDiscord.sleeper(),
            feedback);
    WebContext context =
        new WebContext(
            answers,
            pipeline.catalog(),
            () -> status,
            application.mapper(),
            discord,
            AdminGuard.of(application.config().adminToken()),
            feedback,
            Feeds.none());
    List<WebChannel> channels = agents ? application.agentChannels(pipeline, answers) : List.of();
    Javalin app =
        WebApp.create(context, application.clientLimits(), channels).start("127.0.0.1", 0);
    return new TestServer(app, audio, corpus, pipeline, answers);
  }

  /** Passages in the real index the server answers from. */
  int chunkCount() {
    return pipeline.store().chunkCount();
  }

  /** The guard counting connections per client address. */
  ConnectionGuard connectionGuard() {
    return app.jettyServer().server().getBean(ConnectionGuard.class);
  }

  /** The limit on answers in progress per client address. */
  AnswerSlots answerSlots() {
    return app.jettyServer().server().getDescendant(AnswerSlots.class);
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

  /** Shortens Jetty's idle timeout for new connections, to test long answers quickly. */
  void connectionIdleTimeout(Duration timeout) {
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      ((AbstractConnector) connector).setIdleTimeout(timeout.toMillis());
    }
  }

  @Override
  public void close() {
    answers.resume();
    app.stop();
    pipeline.close();
    audio.close();
    TestCorpus.delete(corpus);
  }
}
