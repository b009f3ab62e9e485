package dev.podcastqa.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's Configuration section lists every setting the service reads, as it reads it. */
class SettingsDocumentedTests {

  @Test
  void everySettingHasARowWithItsVariableFileKeyAndDefault() throws IOException {
    List<String> rows =
        Files.readString(Path.of("README.md"))
            .lines()
            .dropWhile(line -> !line.equals("## Configuration"))
            .skip(1)
            .takeWhile(line -> !line.startsWith("## "))
            .filter(line -> line.startsWith("| `"))
            .toList();

    for (Setting setting : Setting.values()) {
      String start = "| `" + setting.env() + "` | `" + setting.fileKey() + "` | ";
      String defaultCell =
          setting.defaultValue().isEmpty() ? "(empty)" : "`" + setting.defaultValue() + "`";
      assertThat(rows)
          .as("README row of %s", setting.env())
          .anyMatch(row -> row.startsWith(start + defaultCell + " | "));
    }
    assertThat(rows).hasSize(Setting.values().length);
  }
}
