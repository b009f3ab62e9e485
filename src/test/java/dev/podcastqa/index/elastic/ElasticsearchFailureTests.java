package dev.podcastqa.index.elastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.StoreUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * What a user sees when the Elasticsearch store cannot be used, and the headers every request
 * carries; against a closed port and a fake server, so these run without Elasticsearch.
 */
class ElasticsearchFailureTests {

  private static final String UNAUTHORIZED =
      """
      {"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication \
      credentials for REST request [/]"}],"type":"security_exception","reason":"missing \
      authentication credentials for REST request [/]"},"status":401}""";

  private static final String NINE_REFUSED =
      """
      {"error":{"root_cause":[{"type":"media_type_header_exception","reason":"Invalid media-type \
      value on headers [Accept, Content-Type]"}],"type":"media_type_header_exception","reason":\
      "Invalid media-type value on headers [Accept, Content-Type]"},"status":400}""";

  @Test
  void anUnreachableServerIsNamedByItsUrl() throws IOException {
    String url = "http://127.0.0.1:" + closedPort();

    assertThatThrownBy(() -> open(ElasticsearchSettings.of(url, "podcastqa", false)))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessage("Elasticsearch at " + url + " is not reachable (connection refused)");
  }

  @Test
  void refusedCredentialsSayWhichSettingsToCheck() {
    try (FakeElasticsearch server = new FakeElasticsearch(401, UNAUTHORIZED)) {
      ElasticsearchSettings settings =
          new ElasticsearchSettings(server.url(), "", "reader", "wrong", "podcastqa", false);

      assertThatThrownBy(() -> open(settings))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessage(
              "Elasticsearch at "
                  + server.url()
                  + " refused the credentials (401): check PODCASTQA_ES_API_KEY, or"
                  + " PODCASTQA_ES_USER and PODCASTQA_ES_PASSWORD");
      assertThat(server.received.get(0).auth()).isEqualTo("Basic cmVhZGVyOndyb25n");
    }
  }

  @Test
  void anApiKeyIsSentInsteadOfUserAndPassword() {
    try (FakeElasticsearch server = new FakeElasticsearch(401, UNAUTHORIZED)) {
      ElasticsearchSettings settings =
          new ElasticsearchSettings(server.url(), "a2V5OnNlY3JldA==", "u", "p", "podcastqa", false);

      assertThatThrownBy(() -> open(settings)).isInstanceOf(StoreUnavailableException.class);
      assertThat(server.received.get(0).auth()).isEqualTo("ApiKey a2V5OnNlY3JldA==");
    }
  }

  @Test
  void anEightServerRefusingTheNineHeadersSaysWhatToSet() {
    try (FakeElasticsearch server = new FakeElasticsearch(400, NINE_REFUSED)) {
      assertThatThrownBy(() -> open(ElasticsearchSettings.of(server.url(), "podcastqa", false)))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessage(
              "Elasticsearch at "
                  + server.url()
                  + " refused the 9.x client's headers (400): set PODCASTQA_ES_COMPAT_8=true for"
                  + " an 8.x server");
    }
  }

  @Test
  void theCompatibilitySettingSendsVersionEightMediaTypesOnEveryRequest() {
    try (FakeElasticsearch server = new FakeElasticsearch(401, UNAUTHORIZED);
        ElasticsearchConnection connection =
            new ElasticsearchConnection(ElasticsearchSettings.of(server.url(), "p", true))) {
      assertThatThrownBy(() -> connection.client().indices().exists(e -> e.index("p-chunks")));
      assertThatThrownBy(
          () -> connection.client().search(s -> s.index("p-chunks").size(1), Void.class));

      assertThat(server.received).hasSize(2);
      assertThat(server.received)
          .allSatisfy(
              r -> {
                assertThat(r.accept()).isEqualTo(ElasticsearchConnection.COMPAT_8);
                assertThat(r.contentType()).isEqualTo(ElasticsearchConnection.COMPAT_8);
              });
    }
  }

  @Test
  void withoutTheSettingTheClientSpeaksVersionNine() {
    try (FakeElasticsearch server = new FakeElasticsearch(401, UNAUTHORIZED);
        ElasticsearchConnection connection =
            new ElasticsearchConnection(ElasticsearchSettings.of(server.url(), "p", false))) {
      assertThatThrownBy(
          () -> connection.client().search(s -> s.index("p-chunks").size(1), Void.class));

      assertThat(server.received.get(0).accept()).endsWith("compatible-with=9");
    }
  }

  @Test
  void settingsNeverPrintTheSecrets() {
    ElasticsearchSettings settings =
        new ElasticsearchSettings("https://es.example:9243", "key", "u", "secret", "pqa", false);

    assertThat(settings.toString()).doesNotContain("key").doesNotContain("secret");
  }

  private static void open(ElasticsearchSettings settings) {
    ElasticsearchChunkStore.open(settings, EmbeddingChoice.MINILM).close();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
