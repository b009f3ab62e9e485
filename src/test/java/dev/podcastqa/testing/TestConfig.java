package dev.podcastqa.testing;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigLoader;
import dev.podcastqa.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Configurations for tests: built from explicit values only, never from the environment of whoever
 * runs the tests, so a developer's PODCASTQA_* variables cannot change a result.
 */
public final class TestConfig {

  private TestConfig() {}

  /** The default configuration over {@code episodes}, with its index in {@code index}. */
  public static Config of(Path episodes, Path index) {
    return of(episodes, index, Map.of());
  }

  public static Config of(Path episodes, Path index, Map<Setting, String> more) {
    Map<Setting, String> overrides = new EnumMap<>(Setting.class);
    overrides.put(Setting.EPISODES_DIR, episodes.toString());
    overrides.put(Setting.INDEX_DIR, index.toString());
    overrides.putAll(more);
    return ConfigLoader.load(Map.of(), null, overrides);
  }

  /** The shipped sample corpus, with an index of its own under {@code target/}. */
  public static Config sampleCorpus(String indexName) {
    return of(Path.of("data/episodes"), Path.of("target/test-index", indexName));
  }
}
