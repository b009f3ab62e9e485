package dev.podcastqa.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Refuses a properties file with a key no setting has, naming the file, line and nearest key: a
 * typo there would otherwise be ignored and its setting silently left at its default.
 */
final class SettingKeys {

  private SettingKeys() {}

  /**
   * Throws a {@link ConfigException} naming the first unknown key of {@code file}, whose keys are
   * given with the line each is written on.
   */
  static void check(Path file, Map<String, Integer> lines) {
    lines.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .filter(e -> Arrays.stream(Setting.values()).noneMatch(s -> s.fileKey().equals(e.getKey())))
        .findFirst()
        .ifPresent(
            e -> {
              throw new ConfigException(
                  file
                      + ":"
                      + e.getValue()
                      + ": unknown setting \""
                      + e.getKey()
                      + "\""
                      + hint(e.getKey()));
            });
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
