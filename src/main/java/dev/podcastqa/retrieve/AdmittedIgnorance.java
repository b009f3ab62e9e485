package dev.podcastqa.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses in which a speaker admits not knowing what was asked ("And I forget what the exact title
 * of the blog post was"): they share the question's words and hold no answer to it. The phrases are
 * in {@code retrieve/admitted-ignorance.txt}.
 */
public final class AdmittedIgnorance {

  private static final String RESOURCE = "/retrieve/admitted-ignorance.txt";

  /** An admission, at most one hedge, an asked word, then the rest of its clause. */
  private static final Pattern CLAUSE = clause(sections(ResourceLines.of(RESOURCE)));

  private AdmittedIgnorance() {}

  /**
   * {@code text} without its clauses of admitted ignorance, each replaced by a space: what the
   * speaker does say. Text with none is returned as it is.
   */
  public static String without(String text) {
    String plain = text.replace('’', '\'');
    Matcher m = CLAUSE.matcher(plain);
    if (!m.find()) {
      return text;
    }
    return m.replaceAll(" ");
  }

  /** Whether {@code text} holds a clause of admitted ignorance. */
  public static boolean admits(String text) {
    return CLAUSE.matcher(text.replace('’', '\'')).find();
  }

  private static Pattern clause(Map<String, List<String>> sections) {
    String regex =
        "(?<![\\p{L}'])"
            + alternatives(sections.get("admission"))
            + "(?:\\s+"
            + alternatives(sections.get("hedge"))
            + ")?\\s+"
            + alternatives(sections.get("asked"))
            + "(?![\\p{L}'])"
            // The rest of the clause: up to a comma, semicolon, colon or dash, or "but".
            + "(?:(?!\\s+but\\b)[^,;:\\u2013\\u2014.!?])*";
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@code phrases} as one alternation, each phrase's words literal, any spaces between them. */
  private static String alternatives(List<String> phrases) {
    if (phrases == null || phrases.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " lacks a section");
    }
    List<String> quoted = new ArrayList<>();
    for (String phrase : phrases) {
      List<String> words = new ArrayList<>();
      for (String word : phrase.split("\\s+")) {
        words.add(Pattern.quote(word));
      }
      quoted.add(String.join("\\s+", words));
    }
    return "(?:" + String.join("|", quoted) + ")";
  }

  /** The resource's lines by section. */
  static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String raw : lines) {
      String line = raw.strip().toLowerCase(Locale.ROOT);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    return sections;
  }
}
