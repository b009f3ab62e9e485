package dev.podcastqa.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sponsor messages written inline ({@code SPONSOR MESSAGES: *** ... ***}) so that no ad copy
 * reaches answerable text.
 *
 * <p>A message opened with {@code ***} ends at the closing {@code ***}. Pages that lost the closing
 * mark, and messages opened without one, end after their first URL (an ad's call to action), or at
 * the end of the text when they hold no URL.
 */
final class SponsorCopy {

  private static final Pattern OPENER =
      Pattern.compile("(?i)\\bsponsor(?:s| messages?)?:\\s*(\\*{3})?");
  private static final String CLOSER = "***";

  private SponsorCopy() {}

  /** The pieces of {@code text} outside its sponsor messages, in order. */
  static List<String> outsideSponsorSpans(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher opener = OPENER.matcher(text);
    int from = 0;
    while (from < text.length() && opener.find(from)) {
      pieces.add(text.substring(from, opener.start()));
      from = spanEnd(text, opener);
    }
    pieces.add(text.substring(Math.min(from, text.length())));
    return pieces;
  }

  private static int spanEnd(String text, Matcher opener) {
    if (opener.group(1) != null) {
      int closer = text.indexOf(CLOSER, opener.end());
      if (closer >= 0) {
        return closer + CLOSER.length();
      }
    }
    Matcher url = SiteChrome.URL.matcher(text);
    return url.find(opener.end()) ? url.end() : text.length();
  }
}
