package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Only http(s) links leave the service: the test corpus's sidecar gives an episode a {@code
 * javascript:} page link, and neither the episode API nor a citation may carry it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkSchemeTests {

  private final TestServer server = TestServer.start();
  private final ObjectMapper mapper = Json.newMapper();

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void episodeApiCarriesNoJavascriptUrl() throws IOException {
    HttpResponse<String> one = server.get("/api/episodes/" + TestCatalog.INJECTION);
    HttpResponse<String> all = server.get("/api/episodes");

    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(all.statusCode()).isEqualTo(200);
    JsonNode episode = mapper.readTree(one.body());
    assertThat(episode.get("title").asText()).isEqualTo("Prompt Injection in the Wild <b>live</b>");
    JsonNode page = episode.at("/links/page");
    assertThat(page.isMissingNode() || page.isNull()).as("links.page %s", page).isTrue();
    assertThat(lower(one.body())).doesNotContain("javascript:");
    assertThat(lower(all.body())).doesNotContain("javascript:");
  }

  @Test
  void citationOfThatEpisodeLinksOverHttpOrToTheServiceItself() throws IOException {
    HttpResponse<String> response =
        server.postJson(
            "/api/chat",
            "{\"question\": \"How do attackers hide instructions inside web pages?\","
                + " \"episodeId\": \""
                + TestCatalog.INJECTION
                + "\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = mapper.readTree(response.body());
    assertThat(answer.get("citations")).isNotEmpty();
    for (JsonNode citation : answer.get("citations")) {
      assertThat(citation.get("episodeId").asText()).isEqualTo(TestCatalog.INJECTION);
      assertThat(citation.get("url").asText()).matches("(https?://|/(?!/)).+");
    }
    assertThat(lower(response.body())).doesNotContain("javascript:");
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
