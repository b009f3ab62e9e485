package dev.podcastqa.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads every {@link Setting} once: command-line override, then environment, then the properties
 * file, then the default. A value it cannot use is named where it was set: {@code PORT=abc} from
 * the environment, {@code podcastqa.properties:3: port=abc} from the file.
 */
public final class ConfigLoader {

  /** The properties file read when it exists in the working directory. */
  public static final Path DEFAULT_FILE = Path.of("podcastqa.properties");

  private final Map<Setting, String> values = new EnumMap<>(Setting.class);

  /**
   * How each setting is named in an error: its variable, or the file, line and key it came from.
   */
  private final Map<Setting, String> names = new EnumMap<>(Setting.class);

  private ConfigLoader(
      Map<String, String> env, PropertiesFile file, Map<Setting, String> overrides) {
    for (Setting setting : Setting.values()) {
      String name = setting.env();
      String value = overrides.get(setting);
      if (value == null) {
        value = env.get(setting.env());
      }
      if (value == null) {
        value = file.value(setting.fileKey());
        if (value != null) {
          name = file.where(setting.fileKey());
        }
      }
      values.put(setting, value == null ? setting.defaultValue() : value.strip());
      names.put(setting, name);
    }
  }

  /** Loads from the process environment and {@code file} (when it exists). */
  public static Config fromEnvironment(Path file, Map<Setting, String> overrides) {
    return load(System.getenv(), file, overrides);
  }

  /** Loads from explicit sources; {@code file} may be null or missing. */
  public static Config load(Map<String, String> env, Path file, Map<Setting, String> overrides) {
    return new ConfigLoader(env, PropertiesFile.read(file), overrides).build();
  }

  /** The error for a value of {@code setting} it cannot use, named where the value was set. */
  private ConfigException bad(Setting setting, String value, String reason) {
    return new ConfigException(names.get(setting) + "=" + value + ": " + reason);
  }

  private Config build() {
    return new Config(
        Path.of(text(Setting.EPISODES_DIR)),
        Path.of(text(Setting.INDEX_DIR)),
        text(Setting.HOST),
        integer(Setting.PORT, 0, 65535),
        new Config.Http(
            Duration.ofSeconds(integer(Setting.REQUEST_READ_SECONDS, 1, 3600)),
            integer(Setting.MAX_CONNECTIONS_PER_ADDRESS, 0, 1_000_000),
            integer(Setting.MAX_ANSWERS_PER_ADDRESS, 0, 1_000_000),
            integer(Setting.MAX_ANSWERS, 0, 1_000_000)),
        text(Setting.PUBLIC_URL),
        choice(Setting.EMBEDDING_MODEL, Config.EmbeddingModel.class),
        optionalFraction(Setting.MIN_RELEVANCE),
        Path.of(text(Setting.PROMPTS_DIR)),
        new Config.Llm(
            choice(Setting.LLM, Config.Llm.Provider.class),
            text(Setting.LLM_BASE_URL),
            text(Setting.LLM_MODEL),
            text(Setting.LLM_API_KEY),
            Duration.ofSeconds(integer(Setting.LLM_TIMEOUT_SECONDS, 1, 3600))),
        new Config.Conversations(
            integer(Setting.CONVERSATION_TURNS, 1, 100),
            Duration.ofMinutes(integer(Setting.CONVERSATION_TTL_MINUTES, 1, 7 * 24 * 60)),
            integer(Setting.CONVERSATION_MAX, 1, 10_000_000)),
        new Config.Discord(
            text(Setting.DISCORD_PUBLIC_KEY),
            text(Setting.DISCORD_APP_ID),
            text(Setting.DISCORD_BOT_TOKEN),
            text(Setting.DISCORD_WEBHOOK_URL),
            text(Setting.DISCORD_API_BASE).replaceAll("/+$", "")),
        new Config.Store(
            choice(Setting.STORE, Config.Store.Kind.class),
            text(Setting.ES_URL).replaceAll("/+$", ""),
            text(Setting.ES_API_KEY),
            text(Setting.ES_USER),
            text(Setting.ES_PASSWORD),
            text(Setting.ES_INDEX_PREFIX),
            bool(Setting.ES_COMPAT_8)),
        integer(Setting.MAX_FILE_MB, 1, 2000),
        text(Setting.API_KEY).strip(),
        text(Setting.ADMIN_TOKEN).strip(),
        new Config.Feedback(
            text(Setting.FEEDBACK_DB).isEmpty() ? null : Path.of(text(Setting.FEEDBACK_DB)),
            Duration.ofDays(integer(Setting.FEEDBACK_RETENTION_DAYS, 1, 3650))),
        new Config.Follow(
            list(Setting.FEEDS),
            Duration.ofMinutes(integer(Setting.FEED_POLL_MINUTES, 1, 1440)),
            Duration.ofSeconds(integer(Setting.WATCH_SECONDS, 0, 86_400)),
            Duration.ofSeconds(integer(Setting.REFRESH_WAIT_SECONDS, 1, 3600)),
            new Config.Transcription(
                httpUrl(Setting.TRANSCRIBE_URL).replaceAll("/+$", ""),
                text(Setting.TRANSCRIBE_MODEL).strip(),
                text(Setting.TRANSCRIBE_API_KEY).strip(),
                Duration.ofMinutes(integer(Setting.TRANSCRIBE_TIMEOUT_MINUTES, 1, 1440)))));
  }

  private String text(Setting setting) {
    return values.get(setting);
  }

  /** Empty, or an http(s) URL with a host. */
  private String httpUrl(Setting setting) {
    String value = text(setting).strip();
    if (value.isEmpty()) {
      return value;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw bad(setting, value, "not an http(s) URL with a host");
  }

  /** A comma-separated list, blank entries left out. */
  private List<String> list(Setting setting) {
    return Arrays.stream(text(setting).split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private int integer(Setting setting, int min, int max) {
    String value = text(setting);
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw bad(setting, value, "must be between " + min + " and " + max);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw bad(setting, value, "not a whole number");
    }
  }

  private OptionalDouble optionalFraction(Setting setting) {
    String value = text(setting);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double parsed = Double.parseDouble(value);
      if (!(parsed >= 0 && parsed <= 1)) {
        throw bad(setting, value, "must be between 0 and 1");
      }
      return OptionalDouble.of(parsed);
    } catch (NumberFormatException e) {
      throw bad(setting, value, "not a number");
    }
  }

  /** The constant of {@code type} whose {@link Config.Choice#value()} the setting holds. */
  private <E extends Enum<E> & Config.Choice> E choice(Setting setting, Class<E> type) {
    String value = text(setting);
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (constant.value().equals(value)) {
        return constant;
      }
      allowed.add(constant.value());
    }
    throw bad(setting, value, "must be one of " + String.join(", ", allowed));
  }

  private boolean bool(Setting setting) {
    String value = text(setting);
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw bad(setting, value, "must be true or false");
    }
    return Boolean.parseBoolean(value);
  }
}
