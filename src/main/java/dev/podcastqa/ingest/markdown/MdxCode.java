package dev.podcastqa.ingest.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of an MDX page that are code, not text: <code>{/* TAB: SHOW NOTES *&#47;}</code> comments
 * (on one line or many), as devtools.fm marks the tabs of its pages, and in a {@code .mdx} file the
 * ESM {@code import} and {@code export} statements and the JSX component tags alone on their lines
 * ({@code <Tabs.Tab>}, {@code <YouTube id="..." />}). Read as text, the comments were paragraphs of
 * the episode's description.
 */
final class MdxCode {

  /** A comment that opens a line: {@code {/*}. */
  private static final Pattern COMMENT_OPENS = Pattern.compile("^\\s*\\{/\\*");

  private static final Pattern COMMENT_CLOSES = Pattern.compile("\\*/\\s*}");
  private static final Pattern COMMENT = Pattern.compile("\\{/\\*.*?\\*/\\s*}");

  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:[\\w*{}\\s,$]+\\s+from\\s+)?(['\"])[^'\"]+\\1\\s*;?\\s*$");
  private static final Pattern EXPORT =
      Pattern.compile("^export\\s+(?:const|let|var|function|default|async|class)\\b.*$");

  /** A component's tag alone on its line, opening, closing or self-closing. */
  private static final Pattern COMPONENT =
      Pattern.compile("^\\s*</?[A-Z][\\w.]*(?:\\s[^<>]*)?/?>\\s*$");

  /** A component's opening tag whose attributes go on over the next lines. */
  private static final Pattern COMPONENT_OPENS = Pattern.compile("^\\s*<[A-Z][\\w.]*(?:\\s.*)?$");

  private static final int MAX_TAG_LINES = 30;

  private MdxCode() {}

  /** Which of {@code lines} are code; ESM statements and components only when {@code mdx}. */
  static boolean[] hidden(List<String> lines, boolean mdx) {
    boolean[] hidden = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (COMMENT_OPENS.matcher(line).find()) {
        i = hideComment(lines, i, hidden);
      } else if (mdx && (IMPORT.matcher(line).matches() || COMPONENT.matcher(line).matches())) {
        hidden[i] = true;
      } else if (mdx && EXPORT.matcher(line).matches()) {
        i = hideBalanced(lines, i, hidden);
      } else if (mdx && COMPONENT_OPENS.matcher(line).matches() && !line.contains(">")) {
        i = hideTag(lines, i, hidden);
      }
    }
    return hidden;
  }

  /** {@code line} without the comments in it. */
  static String withoutComments(String line) {
    return line.contains("{/*") ? COMMENT.matcher(line).replaceAll("") : line;
  }

  /** Hides the comment opening at {@code from}, when nothing but comments is on its lines. */
  private static int hideComment(List<String> lines, int from, boolean[] hidden) {
    String first = withoutComments(lines.get(from));
    if (!first.contains("{/*")) {
      hidden[from] = first.isBlank();
      return from;
    }
    for (int i = from; i < lines.size(); i++) {
      hidden[i] = true;
      if (i > from && COMMENT_CLOSES.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  /** Hides an {@code export} statement and the lines its brackets hold open. */
  private static int hideBalanced(List<String> lines, int from, boolean[] hidden) {
    int depth = 0;
    for (int i = from; i < lines.size(); i++) {
      hidden[i] = true;
      for (char c : lines.get(i).toCharArray()) {
        depth += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
      }
      if (depth <= 0) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  /** Hides a component's opening tag whose attributes span lines, up to its closing {@code >}. */
  private static int hideTag(List<String> lines, int from, boolean[] hidden) {
    int last = Math.min(lines.size(), from + MAX_TAG_LINES);
    for (int i = from + 1; i < last; i++) {
      if (lines.get(i).stripTrailing().endsWith(">")) {
        for (int k = from; k <= i; k++) {
          hidden[k] = true;
        }
        return i;
      }
    }
    return from;
  }
}
