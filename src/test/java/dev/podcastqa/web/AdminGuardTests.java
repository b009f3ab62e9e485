package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin token in front of {@code /api/admin/*}, over real HTTP. */
class AdminGuardTests {

  private static final String TOKEN = "adm1n-t0ken";

  @Test
  void adminEndpointsAreNotFoundWhileNoTokenIsSet() throws IOException {
    try (TestServer server = TestServer.start()) {
      HttpResponse<String> response;
      try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
        response = get(server, "/api/admin/report", "Bearer anything");
        Refusals.assertLogged(log, Refusals.line(404, "GET /api/admin/report", "not_found"));
      }

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(error(response)).isEqualTo("not_found");
    }
  }

  @Test
  void adminEndpointsRefuseAMissingOrWrongTokenWith401() throws IOException {
    try (TestServer server = TestServer.startWith(Map.of(Setting.ADMIN_TOKEN, TOKEN))) {
      for (String authorization : new String[] {null, "Bearer wrong", TOKEN, "Basic " + TOKEN}) {
        HttpResponse<String> response;
        try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
          response = get(server, "/api/admin/report", authorization);
          Refusals.assertLogged(
              log, Refusals.line(401, "GET /api/admin/report", "unauthorized") + "Send the admin");
        }

        assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(error(response)).isEqualTo("unauthorized");
      }
      // Only the admin paths are guarded.
      assertThat(server.get("/api/episodes").statusCode()).isEqualTo(200);
    }
  }

  private static HttpResponse<String> get(TestServer server, String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return server.send(request.build());
  }

  private static String error(HttpResponse<String> response) throws IOException {
    JsonNode body = Json.newMapper().readTree(response.body());
    return body.get("error").textValue();
  }
}
