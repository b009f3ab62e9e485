package dev.podcastqa.cli;

import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Refuses a properties file with a key no setting has, naming the file, line and nearest key: a
 * typo there would otherwise be ignored and its setting silently left at its default.
 */
final class SettingKeys {

  private SettingKeys() {}

  /** Throws a {@link ConfigException} naming the first unknown key of {@code file}. */
  static void check(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean wasContinued = continued;
      continued = line.endsWith("\\");
      if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String key = line.split("[=:\\s]", 2)[0];
      if (Arrays.stream(Setting.values()).noneMatch(s -> s.fileKey().equals(key))) {
        throw new ConfigException(
            file + ":" + (i + 1) + ": unknown setting \"" + key + "\"" + hint(key));
      }
    }
  }

  private static String hint(String key) {
    Optional<Setting> byEnv =
        Arrays.stream(Setting.values()).filter(s -> s.env().equalsIgnoreCase(key)).findFirst();
    if (byEnv.isPresent()) {
      return "; in this file it is written \"" + byEnv.get().fileKey() + "\"";
    }
    Setting nearest =
        Arrays.stream(Setting.values())
            .min(Comparator.comparingInt(s -> distance(s.fileKey(), key)))
            .orElseThrow();
    return distance(nearest.fileKey(), key) <= 2
        ? "; did you mean \"" + nearest.fileKey() + "\"?"
        : " (the keys are listed in the README's Configuration table)";
  }

  private static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
