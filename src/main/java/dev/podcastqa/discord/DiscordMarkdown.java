package dev.podcastqa.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord markdown built from data: text escaped so corpus and questions render as written, masked
 * links whose label and address cannot break out, and text cut to a length at a sentence boundary,
 * never inside a link.
 */
final class DiscordMarkdown {

  /** Appended where text was cut. */
  static final String ELLIPSIS = " …";

  private static final String ANYWHERE = "\\*_~`|[]<";
  private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)\\b");
  private static final String AT_LINE_START = ">#-";
  private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
  private static final Pattern LINK = Pattern.compile("\\[(?:\\\\.|[^\\\\\\]\\n])*]\\([^)\\s]*\\)");
  private static final String SENTENCE_END = ".!?…";

  private DiscordMarkdown() {}

  /**
   * {@code text} with every markdown character escaped: {@code \ * _ ~ ` | [ ] <} anywhere (so no
   * {@code <@id>} mention or HTML-like tag survives), {@code > # -} at the start of a line; and
   * {@code @everyone} and {@code @here} broken by a zero-width space, so they read as written but
   * ping no one even where {@code allowed_mentions} is not honoured. Citation markers like {@code
   * [2]} stay as they are.
   */
  public static String escape(String text) {
    return escapeMarkdown(MASS_MENTION.matcher(text).replaceAll("@\u200b$1"));
  }

  private static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher marker = MARKER.matcher(text);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' && marker.region(i, text.length()).lookingAt()) {
        out.append(marker.group());
        i = marker.end() - 1;
        lineStart = false;
        continue;
      }
      if (ANYWHERE.indexOf(c) >= 0 || (lineStart && AT_LINE_START.indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
      if (c == '\n') {
        lineStart = true;
      } else if (!Character.isWhitespace(c)) {
        lineStart = false;
      }
    }
    return out.toString();
  }

  /** {@code text} on one line: runs of whitespace, newlines included, become one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * A masked link {@code [label](url)} with the label escaped, or the escaped label alone when the
   * address is not http(s).
   */
  public static String link(String label, String url) {
    String text = escape(label);
    String address = safeUrl(url);
    return address == null ? text : "[" + text + "](" + address + ")";
  }

  /**
   * {@code url} with the characters that would end a markdown link encoded; null if not http(s).
   */
  static String safeUrl(String url) {
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      return null;
    }
    StringBuilder out = new StringBuilder(url.length());
    for (char c : url.toCharArray()) {
      if (c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c <= ' ') {
        out.append(String.format("%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code text} cut to at most {@code max} characters, ellipsis included: after the last whole
   * sentence that fits (when that keeps a fair share of the text), else at a space, never inside a
   * {@code [label](url)} link or between a backslash and the character it escapes.
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int room = max - ELLIPSIS.length();
    if (room <= 0) {
      throw new IllegalArgumentException("no room to cut to " + max);
    }
    List<int[]> links = links(text);
    int at = lastSentenceEnd(text, room, links);
    if (at < room / 3) {
      at = lastSpace(text, room, links);
    }
    if (at <= 0) {
      at = hardCut(text, room, links);
    }
    return text.substring(0, at).stripTrailing() + ELLIPSIS;
  }

  private static int lastSentenceEnd(String text, int room, List<int[]> links) {
    for (int end = room; end > 0; end--) {
      boolean ends = SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0;
      boolean followed = end == text.length() || Character.isWhitespace(text.charAt(end));
      if (ends && followed && !inside(end, links) && !escaped(text, end - 1)) {
        return end;
      }
    }
    return 0;
  }

  private static int lastSpace(String text, int room, List<int[]> links) {
    for (int end = room; end > 0; end--) {
      if (Character.isWhitespace(text.charAt(end)) && !inside(end, links)) {
        return end;
      }
    }
    return 0;
  }

  private static int hardCut(String text, int room, List<int[]> links) {
    int at = room;
    for (int[] link : links) {
      if (link[0] < at && at < link[1]) {
        at = link[0];
      }
    }
    if (at > 0 && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    while (at > 0 && text.charAt(at - 1) == '\\') {
      at--;
    }
    return at;
  }

  /** True when the character at {@code index} is preceded by an odd run of backslashes. */
  private static boolean escaped(String text, int index) {
    int slashes = 0;
    for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  private static boolean inside(int position, List<int[]> links) {
    for (int[] link : links) {
      if (link[0] < position && position < link[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> links(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
