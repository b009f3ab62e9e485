package dev.podcastqa.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.retry.Retry;
import dev.podcastqa.retry.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Discord's REST API over the JDK {@link HttpClient}: editing the reply to an interaction,
 * executing a channel webhook and registering commands. Every call honours rate limits: on a 429 it
 * waits the {@code retry_after} Discord asks for (body, else the {@code Retry-After} header), up to
 * {@link #MAX_WAIT}, and tries again, at most {@link #MAX_ATTEMPTS} times in all and none begun
 * after {@link #RATE_LIMITED_WITHIN}.
 */
public final class DiscordApi {

  static final int MAX_ATTEMPTS = 5;
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
  static final Duration RATE_LIMITED_WITHIN = Duration.ofMinutes(2);

  /** Editing the reply may race Discord's processing of the deferral; it is retried on a 404. */
  static final int ORIGINAL_ATTEMPTS = 3;

  static final Duration ORIGINAL_RETRY = Duration.ofSeconds(1);
  static final Duration ORIGINAL_WITHIN = Duration.ofSeconds(10);

  /** Discord ids are numbers; interaction tokens are URL-safe. Both go into request paths. */
  static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,1000}");
  private static final String USER_AGENT = "DiscordBot (https://github.com/podcast-qa, 0.1.0)";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String apiBase;
  private final String botToken;
  private final ObjectMapper mapper;
  private final Sleeper sleeper;

  /**
   * @param apiBase e.g. {@code https://discord.com/api/v10}
   * @param botToken sent as {@code Authorization: Bot ...} to the application routes only; may be
   *     blank when only webhooks and interaction replies are used
   */
  public DiscordApi(String apiBase, String botToken, ObjectMapper mapper, Sleeper sleeper) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.apiBase = apiBase.replaceAll("/+$", "");
    this.botToken = botToken;
    this.mapper = mapper;
    this.sleeper = sleeper;
  }

  /**
   * {@code PATCH /webhooks/{application}/{token}/messages/@original}: the deferred reply's text.
   */
  public void editOriginal(String applicationId, String token, DiscordMessage message) {
    require(SNOWFLAKE, applicationId, "application id");
    require(TOKEN, token, "interaction token");
    URI uri =
        URI.create(apiBase + "/webhooks/" + applicationId + "/" + token + "/messages/@original");
    HttpRequest request = request(uri, null).method("PATCH", json(message)).build();
    String what = "editing the reply to /ask";
    Retry<HttpResponse<String>> retry =
        Retry.<HttpResponse<String>>of("Discord " + what, ORIGINAL_ATTEMPTS, ORIGINAL_WITHIN)
            .onResult(
                response ->
                    response.statusCode() == 404
                        ? Optional.of(new Retry.Pause(ORIGINAL_RETRY, "deferral not seen yet"))
                        : Optional.empty())
            .withSleeper(sleeper);
    requireSuccess(retrying(retry, () -> send(request, what), what), what);
  }

  /**
   * {@code POST {webhook}?wait=true}: posts {@code message} to a channel webhook.
   *
   * @return the id of the message Discord created
   * @throws WebhookDeletedException when the webhook answers 404
   */
  public String executeWebhook(String webhookUrl, DiscordMessage message) {
    HttpRequest request = request(webhookUri(webhookUrl), null).POST(json(message)).build();
    HttpResponse<String> response = send(request, "posting to the webhook");
    if (response.statusCode() == 404) {
      throw new WebhookDeletedException();
    }
    requireSuccess(response, "posting to the webhook");
    JsonNode id = readTree(response.body()).path("id");
    return id.isTextual() ? id.textValue() : "";
  }

  /**
   * Overwrites the application's commands with {@code commands} ({@code PUT
   * /applications/{application}/commands}, or the guild's with {@code guildId}), so registering
   * twice leaves the same commands.
   *
   * @return the names of the commands Discord now has
   */
  public List<String> overwriteCommands(String applicationId, String guildId, JsonNode commands) {
    require(SNOWFLAKE, applicationId, "application id");
    String path = "/applications/" + applicationId;
    if (guildId != null) {
      require(SNOWFLAKE, guildId, "guild id");
      path += "/guilds/" + guildId;
    }
    HttpRequest request =
        request(URI.create(apiBase + path + "/commands"), botToken).PUT(json(commands)).build();
    HttpResponse<String> response = send(request, "registering commands");
    requireSuccess(response, "registering commands");
    List<String> names = new ArrayList<>();
    readTree(response.body()).forEach(command -> names.add(command.path("name").asText()));
    return names;
  }

  /** {@code url} with {@code wait=true}, after checking it is an http(s) URL. */
  /**
   * {@code url} stripped, when it is a channel webhook's URL this client can post to.
   *
   * @throws IllegalArgumentException saying what is wrong, without repeating the URL (it holds the
   *     webhook's token)
   */
  public static String checkedWebhookUrl(String url) {
    webhookUri(url);
    return url.strip();
  }

  static URI webhookUri(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the webhook URL is not a URL");
    }
    String scheme = uri.getScheme();
    if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
      throw new IllegalArgumentException("the webhook URL must be an https:// URL");
    }
    String query = uri.getRawQuery();
    return URI.create(url.strip() + (query == null ? "?" : "&") + "wait=true");
  }

  /** One call, with the waits and retries Discord's rate limits ask for. */
  private HttpResponse<String> send(HttpRequest request, String what) {
    Retry<HttpResponse<String>> retry =
        Retry.<HttpResponse<String>>of("Discord " + what, MAX_ATTEMPTS, RATE_LIMITED_WITHIN)
            .onResult(response -> rateLimited(response, what))
            .withSleeper(sleeper);
    HttpResponse<String> response = retrying(retry, () -> exchange(request, what), what);
    if (response.statusCode() == 429) {
      throw new DiscordApiException(
          "Discord still rate-limits "
              + what
              + " after "
              + MAX_ATTEMPTS
              + " attempts or "
              + RATE_LIMITED_WITHIN.toSeconds()
              + " s",
          429);
    }
    return response;
  }

  /** The wait a 429 asks for; none for other answers; a failure for a wait past MAX_WAIT. */
  private Optional<Retry.Pause> rateLimited(HttpResponse<String> response, String what) {
    if (response.statusCode() != 429) {
      return Optional.empty();
    }
    Duration wait = retryAfter(response);
    if (wait.compareTo(MAX_WAIT) > 0) {
      throw new DiscordApiException(
          "Discord asks to wait " + wait.toSeconds() + " s before " + what + "; giving up", 429);
    }
    return Optional.of(new Retry.Pause(wait, "rate-limited"));
  }

  private static HttpResponse<String> retrying(
      Retry<HttpResponse<String>> retry, Supplier<HttpResponse<String>> call, String what) {
    try {
      return retry.call(call);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordApiException("interrupted while waiting out Discord before " + what, 0);
    }
  }

  /** The wait a 429 asks for: {@code retry_after} in the body, else the header, else a second. */
  Duration retryAfter(HttpResponse<String> response) {
    JsonNode body = readTree(response.body());
    if (body.path("retry_after").isNumber()) {
      return seconds(body.path("retry_after").doubleValue());
    }
    try {
      return response
          .headers()
          .firstValue("Retry-After")
          .map(value -> seconds(Double.parseDouble(value.strip())))
          .orElse(DEFAULT_WAIT);
    } catch (NumberFormatException e) {
      return DEFAULT_WAIT;
    }
  }

  private static Duration seconds(double value) {
    return Duration.ofMillis((long) Math.ceil(Math.max(0, value) * 1000));
  }

  private HttpResponse<String> exchange(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DiscordApiException("could not reach Discord while " + what + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordApiException("interrupted while " + what, e);
    }
  }

  private void requireSuccess(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String said = readTree(response.body()).path("message").asText("");
    String detail =
        said.isEmpty() ? "" : ": " + (said.length() > 200 ? said.substring(0, 200) : said);
    if (status == 401 || status == 403) {
      throw new DiscordApiException(
          "Discord refused " + what + " (HTTP " + status + ")" + detail + "; check the token",
          status);
    }
    throw new DiscordApiException(
        "Discord answered HTTP " + status + " while " + what + detail, status);
  }

  private HttpRequest.Builder request(URI uri, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT);
    if (token != null && !token.isBlank()) {
      builder.header("Authorization", "Bot " + token);
    }
    return builder;
  }

  private HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a Discord message as JSON", e);
    }
  }

  private JsonNode readTree(String body) {
    try {
      JsonNode tree = body == null || body.isBlank() ? null : mapper.readTree(body);
      return tree == null ? mapper.missingNode() : tree;
    } catch (JsonProcessingException e) {
      return mapper.missingNode();
    }
  }

  private static void require(Pattern pattern, String value, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("not a Discord " + what);
    }
  }
}
