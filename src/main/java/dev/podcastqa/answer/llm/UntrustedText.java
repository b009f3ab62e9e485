package dev.podcastqa.answer.llm;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one sentence of model text safe to show: the only links an answer may carry are its
 * citations, so Markdown links keep their label and lose their address, bare addresses and HTML
 * tags are removed, and a time of day in the episode ({@code 01:23:45}) that none of the passages
 * holds is removed with the "at" before it. The model's text is treated as untrusted input.
 */
final class UntrustedText {

  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("!?\\[([^\\[\\]\\n]*)]\\(\\s*<?[^()\\s]*(?:\\([^()\\s]*\\))?[^()\\s]*>?\\)");
  private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z!][^<>\\n]{0,300}>");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)<?\\b(?:(?:https?|ftp|javascript|data|vbscript|file):|www\\.)[^\\s<>\"]*>?");
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)(?:\\b(?:at|around|about|from|near|by|until|to)\\s+)?[\\[(]?"
              + "(?<![\\d:.])(\\d{1,2}):([0-5]\\d)(?::([0-5]\\d))?(?![\\d:])[\\])]?");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,;:!?.])");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  private UntrustedText() {}

  /**
   * {@code sentence} without foreign links, addresses, HTML or unknown times.
   *
   * @param knownTime whether a time, in seconds from the episode's start, is one the passages hold
   */
  static String clean(String sentence, IntPredicate knownTime) {
    String text = MARKDOWN_LINK.matcher(sentence).replaceAll(m -> quoted(m.group(1)));
    text = HTML_TAG.matcher(text).replaceAll("");
    text = ADDRESS.matcher(text).replaceAll("");
    text = TIME.matcher(text).replaceAll(m -> knownTime.test(seconds(m)) ? quoted(m.group()) : "");
    if (text.equals(sentence)) {
      return sentence;
    }
    text = EMPTY_BRACKETS.matcher(text).replaceAll("");
    text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** The seconds a time in text stands for: h:mm:ss, or mm:ss. */
  static int seconds(MatchResult time) {
    int first = Integer.parseInt(time.group(1));
    int second = Integer.parseInt(time.group(2));
    return time.group(3) == null
        ? first * 60 + second
        : first * 3600 + second * 60 + Integer.parseInt(time.group(3));
  }

  /** Every time written in {@code text}, in seconds, passed to {@code sink}. */
  static void timesIn(String text, IntConsumer sink) {
    Matcher m = TIME.matcher(text);
    while (m.find()) {
      sink.accept(seconds(m));
    }
  }

  private static String quoted(String text) {
    return Matcher.quoteReplacement(text);
  }
}
