package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * White space in cue text, as the regular expression {@code \s} means it (space, tab, line feed,
 * vertical tab, form feed, carriage return), handled without the regular expression engine: this
 * runs for every cue of every transcript read.
 */
final class Spaces {

  private Spaces() {}

  /** Whether {@code c} is what {@code \s} matches. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * {@code text} with each run of white space made one space, as {@code replaceAll("\\s+", " ")}.
   */
  static String collapse(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || runAt(text, i)))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether a run of two or more white space characters starts at {@code i}. */
  private static boolean runAt(String text, int i) {
    return i + 1 < text.length() && isSpace(text.charAt(i + 1));
  }

  /**
   * The words of {@code text}, which starts with no white space, as {@code split("\\s+")} gives
   * them: none for empty text.
   */
  static String[] words(String text) {
    List<String> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      words.add(text.substring(start, i));
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
    }
    return words.toArray(new String[0]);
  }
}
