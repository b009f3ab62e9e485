package dev.podcastqa.ingest.markdown;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's TOML front matter, between {@code +++} lines, as the Castanet podcast theme writes it
 * (CppCast's episode pages: {@code title = "Holiday Special ..."}, {@code Date = "2022-12-23"},
 * {@code podcast_duration = "01:05:43"}, {@code podcast_file = "cppcast-350.mp3"}, {@code guests =
 * ["tdoumler", "pnash"]}). Only its top-level {@code key = value} lines are read, values that are a
 * string, a number, a boolean or a one-line list of strings; keys are lower-cased, as Hugo reads
 * them. Zola's {@code [extra]} table, where its sites keep their own fields (Software Sessions:
 * {@code [extra]} then {@code episode_url = "https://....mp3"}), is read as if its keys were
 * top-level, a top-level key of the same name winning; other tables and multi-line values are left
 * out: the header needs none of them. Without this the front matter was a page's first lines, its
 * {@code Description = "..."} line the title.
 */
final class TomlFrontMatter {

  private static final String FENCE = "+++";
  private static final int MAX_LINES = 200;
  private static final Pattern PAIR = Pattern.compile("^([A-Za-z0-9_-]+)\\s*=\\s*(.+?)\\s*$");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");
  private static final Pattern SCALAR = Pattern.compile("-?\\d+(?:\\.\\d+)?|true|false");

  /**
   * A table's header, {@code [extra]} or {@code [[items]]}: the keys under it are no longer
   * top-level.
   */
  private static final Pattern TABLE =
      Pattern.compile("^\\[\\[?\\s*([A-Za-z0-9_.\"' -]+?)\\s*]]?\\s*(?:#.*)?$");

  /** The table whose keys count as top-level ones, as Zola's templates read {@code page.extra}. */
  private static final String EXTRA = "extra";

  private TomlFrontMatter() {}

  /** The index of the line closing the front matter, or -1 when {@code lines} open with none. */
  static int end(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return -1;
    }
    for (int i = 1; i < Math.min(lines.size(), MAX_LINES); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The top-level fields of the front matter's {@code lines} (the lines between the fences), with
   * those of its {@code [extra]} table that no top-level key of the same name sets.
   */
  static ObjectNode fields(List<String> lines) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    ObjectNode extra = JsonNodeFactory.instance.objectNode();
    ObjectNode table = fields;
    for (String line : lines) {
      Matcher header = TABLE.matcher(line.strip());
      if (header.matches()) {
        boolean isExtra = !line.strip().startsWith("[[") && header.group(1).equals(EXTRA);
        table = isExtra ? extra : null;
        continue;
      }
      Matcher pair = PAIR.matcher(line.strip());
      if (table != null && pair.matches()) {
        put(table, pair.group(1).toLowerCase(Locale.ROOT), pair.group(2));
      }
    }
    extra.properties().forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue()));
    return fields;
  }

  private static void put(ObjectNode fields, String key, String value) {
    if (value.startsWith("[") && value.endsWith("]")) {
      ArrayNode list = fields.putArray(key);
      Matcher item = STRING.matcher(value);
      while (item.find()) {
        list.add(text(item));
      }
    } else if (STRING.matcher(value).matches()) {
      Matcher string = STRING.matcher(value);
      string.matches();
      fields.put(key, text(string));
    } else if (SCALAR.matcher(value).matches()) {
      fields.put(key, value);
    }
  }

  /** A quoted string's text: a basic string's escapes undone, a literal string as written. */
  private static String text(Matcher string) {
    if (string.group(2) != null) {
      return string.group(2);
    }
    return string
        .group(1)
        .replace("\\\"", "\"")
        .replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\\\", "\\");
  }
}
