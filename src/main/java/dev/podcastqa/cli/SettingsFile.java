package dev.podcastqa.cli;

import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.ConfigLoader;
import dev.podcastqa.config.Setting;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --config} option alone, for commands that read settings but no episodes or index (such
 * as {@code discord register}), so their help lists only what they use.
 */
final class SettingsFile {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with settings (default: ./podcastqa.properties if present).")
  Path file;

  /** The configuration from environment and file, with {@code overrides} beating both. */
  Config load(Map<Setting, String> overrides) {
    if (file != null && !file.toFile().isFile()) {
      throw new ConfigException("no such config file: " + file);
    }
    return ConfigLoader.fromEnvironment(file != null ? file : ConfigLoader.DEFAULT_FILE, overrides);
  }
}
