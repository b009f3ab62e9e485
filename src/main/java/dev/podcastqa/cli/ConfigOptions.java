package dev.podcastqa.cli;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigLoader;
import dev.podcastqa.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command shares: which properties file to read and which folders to use. */
final class ConfigOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with settings (default: ./podcastqa.properties if present).")
  Path file;

  @Option(
      names = "--episodes",
      paramLabel = "DIR",
      description = "Folder of episode sources (default: data/episodes).")
  Path episodes;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Folder of the persisted index (default: data/index).")
  Path index;

  /** The configuration, with these options overriding environment and file. */
  Config load(Map<Setting, String> extra) {
    Map<Setting, String> overrides = new EnumMap<>(Setting.class);
    if (episodes != null) {
      overrides.put(Setting.EPISODES_DIR, episodes.toString());
    }
    if (index != null) {
      overrides.put(Setting.INDEX_DIR, index.toString());
    }
    overrides.putAll(extra);
    if (file != null && !file.toFile().isFile()) {
      throw new dev.podcastqa.config.ConfigException("no such config file: " + file);
    }
    return ConfigLoader.fromEnvironment(file != null ? file : ConfigLoader.DEFAULT_FILE, overrides);
  }

  Config load() {
    return load(Map.of());
  }
}
