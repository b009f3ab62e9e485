package dev.podcastqa.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The whole configuration, read once at start-up and passed to the composition root.
 *
 * <p>Build it with {@link ConfigLoader}; tests build it from explicit maps the same way.
 *
 * @param apiKey the bearer token {@code /v1} and {@code /mcp} require; blank for none
 */
public record Config(
    Path episodesDir,
    Path indexDir,
    String host,
    int port,
    String publicUrl,
    String embeddingModel,
    OptionalDouble minRelevance,
    Path promptsDir,
    Llm llm,
    Conversations conversations,
    Discord discord,
    Store store,
    String apiKey) {

  public Config {
    Objects.requireNonNull(episodesDir, "episodesDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new ConfigException(Setting.PORT, String.valueOf(port), "not a TCP port");
    }
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(embeddingModel, "embeddingModel");
    Objects.requireNonNull(minRelevance, "minRelevance");
    Objects.requireNonNull(promptsDir, "promptsDir");
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(conversations, "conversations");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  /** Which model answers, and how to reach it. {@code provider} is none, openai or ollama. */
  public record Llm(
      String provider, String baseUrl, String model, String apiKey, Duration timeout) {

    public boolean enabled() {
      return !"none".equals(provider);
    }
  }

  /** Bounds of the follow-up memory kept per conversation id. */
  public record Conversations(int turns, Duration ttl, int max) {}

  /** Discord application settings; blank strings mean "not configured". */
  public record Discord(
      String publicKey, String appId, String botToken, String webhookUrl, String apiBase) {

    public boolean interactionsEnabled() {
      return !publicKey.isBlank();
    }

    public boolean webhookEnabled() {
      return !webhookUrl.isBlank();
    }
  }

  /** Where the index lives: {@code memory} (Lucene under indexDir) or {@code elasticsearch}. */
  public record Store(
      String kind,
      String esUrl,
      String esApiKey,
      String esUser,
      String esPassword,
      String esIndexPrefix,
      boolean esCompat8) {}

  /** The base URL links in messages should use. */
  public String baseUrl() {
    return publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
  }
}
