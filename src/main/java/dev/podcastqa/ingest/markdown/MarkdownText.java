package dev.podcastqa.ingest.markdown;

import dev.podcastqa.ingest.source.Entities;
import dev.podcastqa.ingest.source.LinkLabels;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one line of Markdown into the plain text it shows: heading, quote and list markers,
 * emphasis, struck-out words, code spans, images, HTML tags, MDX comments and escapes removed,
 * character references decoded, a link replaced by its text (so {@code **Jane Doe**
 * [00:01:02](https://youtu.be/x?t=62):} reads {@code Jane Doe 00:01:02:}), and never as a speaker's
 * label ({@link LinkLabels}).
 */
final class MarkdownText {

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+|\\s+#+\\s*$");
  private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(?:\\s*\\1){2,}\\s*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");

  /** A link; its text may hold brackets of its own ({@code [More `#[must_use]`](url)}). */
  private static final Pattern LINK =
      Pattern.compile(
          "\\[((?:[^\\[\\]]|\\[[^\\[\\]]*])*)]\\((?:[^()\\s]|\\([^()]*\\))*(?:\\s+\"[^\"]*\")?\\)");

  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern STRONG = Pattern.compile("\\*\\*|__|~~");

  /**
   * Struck-out words ({@code ~~Um, we're ~~}): in a transcript edited in Descript, the words cut
   * from the audio, so never said in the episode.
   */
  private static final Pattern STRUCK = Pattern.compile("~~[^~]*~~");

  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern UNDERSCORE_EMPHASIS =
      Pattern.compile("(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`+");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");

  /** Rustacean Station writes chapter times as {@code [@01:25]}. */
  private static final Pattern AT_TIME = Pattern.compile("\\[@(\\d{1,2}(?::\\d{2}){1,2})]");

  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

  private MarkdownText() {}

  /** Whether {@code line} is an ATX heading ({@code # Title}, {@code ## Part}). */
  static boolean isHeading(String line) {
    return line.matches("^\\s{0,3}#{1,6}\\s+\\S.*");
  }

  /** Whether {@code line} is a first-level heading ({@code # Title}). */
  static boolean isTitleHeading(String line) {
    return line.matches("^\\s{0,3}#\\s+\\S.*");
  }

  /** The text {@code line} shows. */
  static String plain(String line) {
    if (RULE.matcher(line).matches()) {
      return "";
    }
    String text = HEADING.matcher(MdxCode.withoutComments(line)).replaceAll("");
    text = QUOTE.matcher(text).replaceFirst("");
    text = LIST_ITEM.matcher(text).replaceFirst("");
    text = IMAGE.matcher(text).replaceAll("");
    text = linksAsText(text);
    text = REFERENCE_LINK.matcher(text).replaceAll("$1");
    text = TAG.matcher(text).replaceAll("");
    text = STRUCK.matcher(text).replaceAll("");
    text = STRONG.matcher(text).replaceAll("");
    text = EMPHASIS.matcher(text).replaceAll("$1");
    text = UNDERSCORE_EMPHASIS.matcher(text).replaceAll("$1");
    text = CODE.matcher(text).replaceAll("");
    text = AT_TIME.matcher(ESCAPE.matcher(text).replaceAll("$1")).replaceAll("[$1]");
    return Entities.decode(text).replace('\u00A0', ' ').strip();
  }

  /** {@code text} with each link replaced by its text, none of them left a speaker's label. */
  private static String linksAsText(String text) {
    Matcher link = LINK.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (link.find()) {
      out.append(text, from, link.start());
      String before = out.toString();
      out.append(link.group(1));
      String rest = text.substring(link.end());
      String following = LinkLabels.following(before, link.group(1), rest);
      if (!following.equals(rest)) {
        return out + linksAsText(following);
      }
      from = link.end();
    }
    return out.append(text, from, text.length()).toString();
  }
}
