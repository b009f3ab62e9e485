package dev.podcastqa.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.TestConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service as {@code serve} wires it (pipeline, follower, web app on a free loopback port), over
 * an episodes folder and index of the test's own, following {@code feeds}; the follower is not
 * started, so the test drives polls itself with {@link #refresh()}.
 */
final class FollowedService implements AutoCloseable {

  private final Pipeline pipeline;
  private final Follower follower;
  private final Javalin web;
  private final ObjectMapper mapper;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FollowedService(Application app) {
    this.pipeline = app.open();
    this.follower = app.follower(pipeline);
    this.web = app.web(pipeline, follower).start("127.0.0.1", 0);
    this.mapper = app.mapper();
  }

  /** Opens over {@code dir/episodes} (made if missing) and {@code dir/index}. */
  static FollowedService open(Path dir, String feeds, Map<Setting, String> more) {
    Map<Setting, String> settings = new EnumMap<>(Setting.class);
    settings.put(Setting.FEEDS, feeds);
    settings.putAll(more);
    try {
      Files.createDirectories(dir.resolve("episodes"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FollowedService(
        new Application(TestConfig.of(dir.resolve("episodes"), dir.resolve("index"), settings)));
  }

  /** Copies {@code follow/FOLDER/NAME} into the episodes folder under {@code dir}. */
  static void copy(String resource, Path episodes) {
    try (InputStream in = FollowedService.class.getResourceAsStream("/follow/" + resource)) {
      Files.createDirectories(episodes);
      Files.write(episodes.resolve(Path.of(resource).getFileName().toString()), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Pipeline pipeline() {
    return pipeline;
  }

  Follower follower() {
    return follower;
  }

  Feeds.Refreshed refresh() {
    return follower.refresh();
  }

  /** The titles of the episodes {@code POST /api/chat} cites for {@code question}. */
  List<String> citedTitles(String question) {
    JsonNode answer = chat(question);
    return answer.path("citations").findValuesAsText("episodeTitle");
  }

  JsonNode chat(String question) {
    JsonNode body = mapper.createObjectNode().put("question", question);
    return json(post("/api/chat", body.toString()));
  }

  JsonNode get(String path) {
    return json(send(HttpRequest.newBuilder(uri(path)).GET().build()));
  }

  HttpResponse<String> post(String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode json(HttpResponse<String> response) {
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  @Override
  public void close() {
    web.stop();
    follower.close();
    pipeline.close();
  }
}
