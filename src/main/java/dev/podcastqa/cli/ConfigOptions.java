package dev.podcastqa.cli;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.Setting;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command shares: which properties file to read and which folders to use. */
final class ConfigOptions {

  @Mixin SettingsFile settings;

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
    return settings.load(overrides);
  }

  Config load() {
    return load(Map.of());
  }
}
