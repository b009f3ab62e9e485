package dev.podcastqa.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A properties file's settings with the line each was written on, so a value the service cannot use
 * is named as the user wrote it: {@code podcastqa.properties:3: port=abc}; a key no setting has is
 * refused ({@link SettingKeys}).
 */
final class PropertiesFile {

  private final Path file;
  private final Properties properties;
  private final Map<String, Integer> lines;

  private PropertiesFile(Path file, Properties properties, Map<String, Integer> lines) {
    this.file = file;
    this.properties = properties;
    this.lines = lines;
  }

  /** The settings of {@code file}; none when it is null or not a file. */
  static PropertiesFile read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return new PropertiesFile(file, new Properties(), Map.of());
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Properties properties = new Properties();
      properties.load(new StringReader(text));
      Map<String, Integer> lines = lines(text);
      SettingKeys.check(file, lines);
      return new PropertiesFile(file, properties, lines);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The value written for {@code key}, or null. */
  String value(String key) {
    return properties.getProperty(key);
  }

  /** Where {@code key} was written, as {@code FILE:LINE: key} (the last line, as that one wins). */
  String where(String key) {
    Integer line = lines.get(key);
    return file + (line == null ? "" : ":" + line) + ": " + key;
  }

  /** The first line of each logical line, by the key {@link Properties} reads from it. */
  private static Map<String, Integer> lines(String text) throws IOException {
    List<String> physical = text.lines().toList();
    Map<String, Integer> lines = new HashMap<>();
    boolean continued = false;
    for (int i = 0; i < physical.size(); i++) {
      String raw = physical.get(i);
      String line = raw.strip();
      boolean wasContinued = continued;
      boolean comment = !wasContinued && (line.startsWith("#") || line.startsWith("!"));
      continued = !comment && endsContinued(raw);
      if (wasContinued || comment || line.isEmpty()) {
        continue;
      }
      Properties one = new Properties();
      one.load(new StringReader(continued ? line.substring(0, line.length() - 1) : line));
      for (String key : one.stringPropertyNames()) {
        lines.put(key, i + 1);
      }
    }
    return lines;
  }

  /** Whether the line ends in an odd number of backslashes, which joins the next line to it. */
  private static boolean endsContinued(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
