package dev.podcastqa.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.index.elastic.ElasticsearchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Elasticsearch server the tests were given in {@code PODCASTQA_TEST_ES_URL} (with {@code
 * PODCASTQA_ES_COMPAT_8} when it is an 8.x server, and a second node in {@code
 * PODCASTQA_TEST_ES_URL2} when it is a cluster), and what tests do to it behind a store's back.
 */
final class TestElasticsearch {

  static final String URL_VARIABLE = "PODCASTQA_TEST_ES_URL";

  final String url = System.getenv(URL_VARIABLE).replaceAll("/+$", "");
  final boolean compat8 = Boolean.parseBoolean(System.getenv("PODCASTQA_ES_COMPAT_8"));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  /** The second node of a two-node cluster ({@code PODCASTQA_TEST_ES_URL2}), or null. */
  final String url2 = System.getenv("PODCASTQA_TEST_ES_URL2");

  /** Settings that reach the server through every node the tests were given. */
  ElasticsearchSettings settings(String indexPrefix) {
    return ElasticsearchSettings.of(nodes(), indexPrefix, compat8);
  }

  /** Every node's URL, comma-separated, as {@code PODCASTQA_ES_URL} takes them. */
  String nodes() {
    return url2 == null || url2.isBlank() ? url : url + "," + url2;
  }

  /** Waits up to two minutes for every copy of {@code index} to be assigned and started. */
  void waitGreen(String index) {
    JsonNode health = get("/_cluster/health/" + index + "?wait_for_status=green&timeout=120s");
    if (!"green".equals(health.path("status").asText())) {
      throw new IllegalStateException(index + " is not green within 120 s: " + health);
    }
  }

  /** The names of the cluster's data nodes, in name order. */
  List<String> dataNodes() {
    List<String> names = new ArrayList<>();
    for (JsonNode node : get("/_cat/nodes?format=json&h=name,node.role")) {
      if (node.path("node.role").asText().contains("d")) {
        names.add(node.path("name").asText());
      }
    }
    Collections.sort(names);
    return names;
  }

  private JsonNode get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(150)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Deletes both indices of {@code prefix}, if they exist. */
  void deleteIndices(String prefix) {
    delete(prefix + "-chunks");
    delete(prefix + "-episodes");
  }

  void delete(String index) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url + "/" + index + "?ignore_unavailable=true"))
            .DELETE()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("DELETE " + index + ": " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
