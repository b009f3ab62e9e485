package dev.podcastqa.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The whole configuration, read once at start-up and passed to the composition root.
 *
 * <p>Build it with {@link ConfigLoader}; tests build it from explicit maps the same way.
 *
 * @param apiKey the bearer token {@code /v1} and {@code /mcp} require; blank for none
 * @param adminToken the bearer token {@code /api/admin/*} requires; blank turns those routes off
 * @param feedback where questions, answers and thumbs are kept, and for how long
 */
public record Config(
    Path episodesDir,
    Path indexDir,
    String host,
    int port,
    Http http,
    String publicUrl,
    EmbeddingModel embeddingModel,
    OptionalDouble minRelevance,
    Path promptsDir,
    Llm llm,
    Conversations conversations,
    Discord discord,
    Store store,
    int maxFileMb,
    String apiKey,
    String adminToken,
    Feedback feedback,
    Follow follow) {

  public Config {
    Objects.requireNonNull(episodesDir, "episodesDir");
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new ConfigException(Setting.PORT, String.valueOf(port), "not a TCP port");
    }
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(embeddingModel, "embeddingModel");
    Objects.requireNonNull(minRelevance, "minRelevance");
    Objects.requireNonNull(promptsDir, "promptsDir");
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(conversations, "conversations");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(store, "store");
    if (maxFileMb < 1) {
      throw new ConfigException(Setting.MAX_FILE_MB, String.valueOf(maxFileMb), "must be >= 1");
    }
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(follow, "follow");
  }

  /** The largest episode source read, in bytes. */
  public long maxFileBytes() {
    return maxFileMb * 1024L * 1024L;
  }

  /**
   * Limits on what one HTTP client may hold: time to send a request (head, then body), open
   * connections and answers in progress per address, answers in progress in all (0: no limit).
   */
  public record Http(
      Duration requestRead, int connectionsPerAddress, int answersPerAddress, int answers) {}

  /** Which model answers, and how to reach it. */
  public record Llm(
      Provider provider, String baseUrl, String model, String apiKey, Duration timeout) {

    public Llm {
      Objects.requireNonNull(provider, "provider");
    }

    public boolean enabled() {
      return provider != Provider.NONE;
    }

    /** Who answers: nobody (extractive answers), an OpenAI-compatible endpoint, or Ollama. */
    public enum Provider implements Choice {
      NONE,
      OPENAI,
      OLLAMA
    }
  }

  /** The in-process embedding model, written in a setting as the id its weights ship under. */
  public enum EmbeddingModel implements Choice {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q"),
    BGE_SMALL_EN_V1_5_Q("bge-small-en-v1.5-q");

    private final String id;

    EmbeddingModel(String id) {
      this.id = id;
    }

    @Override
    public String value() {
      return id;
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

  /** Where the index lives, and how to reach Elasticsearch when it lives there. */
  public record Store(
      Kind kind,
      String esUrl,
      String esApiKey,
      String esUser,
      String esPassword,
      String esIndexPrefix,
      boolean esCompat8) {

    public Store {
      Objects.requireNonNull(kind, "kind");
    }

    /** {@code memory}: Lucene under indexDir; {@code elasticsearch}: an Elasticsearch cluster. */
    public enum Kind implements Choice {
      MEMORY,
      ELASTICSEARCH
    }
  }

  /**
   * A setting with a fixed set of values, each written as its constant's name in lower case (the
   * form the environment, the properties file and the README use).
   */
  public interface Choice {

    /** The constant's name. */
    String name();

    /** The value as it is written in a setting. */
    default String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The feedback database and how long its rows are kept.
   *
   * @param database null for {@code feedback.db} in the index folder
   */
  public record Feedback(Path database, Duration retention) {
    public Feedback {
      Objects.requireNonNull(retention, "retention");
    }
  }

  /** The feedback database file: the one configured, else {@code feedback.db} beside the index. */
  public Path feedbackDatabase() {
    return feedback.database() != null ? feedback.database() : indexDir.resolve("feedback.db");
  }

  /**
   * What {@code serve} follows while it runs: the feeds named by the setting (those in {@code
   * feeds.txt} are read where they are used), how often each is polled, how often the episodes
   * folder is looked at ({@link Duration#ZERO}: not watched) and how long a refresh asked for over
   * HTTP is waited for.
   */
  public record Follow(
      List<String> feeds,
      Duration pollInterval,
      Duration watchInterval,
      Duration refreshWait,
      Transcription transcription) {

    public Follow {
      feeds = List.copyOf(feeds);
      Objects.requireNonNull(transcription, "transcription");
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new ConfigException(Setting.FEED_POLL_MINUTES, pollInterval.toString(), "not > 0");
      }
      if (watchInterval.isNegative()) {
        throw new ConfigException(Setting.WATCH_SECONDS, watchInterval.toString(), "below 0");
      }
      if (refreshWait.isNegative() || refreshWait.isZero()) {
        throw new ConfigException(Setting.REFRESH_WAIT_SECONDS, refreshWait.toString(), "not > 0");
      }
    }
  }

  /**
   * The speech-to-text endpoint audio-only feed items are sent to; a blank {@code url} turns it
   * off.
   *
   * @param url the OpenAI-compatible base, without a trailing slash
   * @param timeout how long one episode's download, and then its transcription, may take
   */
  public record Transcription(String url, String model, String apiKey, Duration timeout) {

    public Transcription {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(apiKey, "apiKey");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new ConfigException(
            Setting.TRANSCRIBE_TIMEOUT_MINUTES, timeout.toString(), "not > 0");
      }
    }

    public boolean enabled() {
      return !url.isBlank();
    }
  }

  /** The base URL links in messages should use. */
  public String baseUrl() {
    return publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.replaceAll("/+$", "");
  }
}
