package dev.podcastqa.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the parts of a saved page that belong to the site, not the episode: link-only lines,
 * buttons, app-store banners, cover-image captions, sign-in and billing messages, app promotion and
 * listings of other podcasts.
 */
final class SiteChrome {

  static final Pattern URL = Pattern.compile("https?://\\S+");

  /** A short label ("Twitter:", "Support us!") or nothing, then only URLs. */
  private static final Pattern LINK_ONLY =
      Pattern.compile("^(?:\\S+\\s+){0,6}?(?:https?://\\S+\\s*)+$");

  /** An all-capitals label and its URLs inside run-on text ("SHOWNOTES, TRANSCRIPT: URL"). */
  private static final Pattern LINK_SPAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N} ,()!'&/-]*[\\p{Lu})!]:"
              + "\\s*(?:https?://\\S+\\s*)+");

  private static final List<Pattern> CHROME_LINES =
      List.of(
          Pattern.compile("(?i).+\\bcover image"),
          Pattern.compile("(?i).*\\b(?:app store|play store|google play) banner.*"),
          Pattern.compile(
              "(?i)(?:watch|listen(?: to)?|read|play|subscribe(?: to)?|share|download)(?: the)?"
                  + "(?: full)? (?:episode|podcast|video|transcript)"
                  + "(?: (?:description|notes|transcript|here|now))*"),
          Pattern.compile(
              "(?i)(?:(?:great|success|welcome back|error)!\\s*)?"
                  + "(?:you(?:'|’)ve successfully .+|check your email .+|your billing .+)"),
          Pattern.compile("(?i)podcast summary created with .+"),
          Pattern.compile("(?i)remember everything you learn from podcasts"),
          Pattern.compile("(?i)save insights instantly\\b.*"));

  private static final Pattern LISTING_HEADING =
      Pattern.compile(
          "(?i)top (?:podcasts|episodes|shows) in .+|you might also like|more episodes"
              + "|related episodes");

  private SiteChrome() {}

  /** Whether the whole line is site chrome and carries nothing a listener could ask about. */
  static boolean isChromeLine(String text) {
    String line = text.strip();
    if (LINK_ONLY.matcher(line).matches()) {
      return true;
    }
    return CHROME_LINES.stream().anyMatch(pattern -> pattern.matcher(line).matches());
  }

  /** Whether the line starts a listing of other podcasts, after which the page holds no episode. */
  static boolean isListingHeading(String text) {
    return LISTING_HEADING.matcher(text.strip()).matches();
  }

  /**
   * The pieces of {@code text} around its all-capitals link spans, in order. Each removed span was
   * a line of its own before the page lost its line breaks, so the pieces are separate paragraphs.
   */
  static List<String> outsideLinkSpans(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher span = LINK_SPAN.matcher(text);
    int from = 0;
    while (span.find()) {
      pieces.add(text.substring(from, span.start()));
      from = span.end();
    }
    pieces.add(text.substring(from));
    return pieces;
  }
}
