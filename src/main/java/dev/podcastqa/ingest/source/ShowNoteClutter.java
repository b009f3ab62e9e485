package dev.podcastqa.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognizes the show-note lines that are about the show's business, not the episode, so they never
 * become answerable text: sponsor reads, "support the show" and donation appeals, affiliate codes,
 * social links ("follow us on ..."), credit lines ("Produced by", "Music by") and newsletter or
 * feed links. Patterns are anchored to how such lines open, so a sentence about sponsors or
 * donations in the episode's own content stays.
 */
public final class ShowNoteClutter {

  private static final List<Pattern> LINES =
      List.of(
          // Sponsor reads.
          Pattern.compile(
              "(?:this (?:episode|show|podcast) is |today's episode is )?"
                  + "(?:brought to you|sponsored|supported|made possible|presented) by\\b.*"),
          Pattern.compile("(?:our |today's |this episode's )?sponsors?(?: for this episode)?:.*"),
          Pattern.compile("(?:thanks|thank you) to (?:our|this (?:episode|week)'s) sponsors?\\b.*"),
          Pattern.compile(
              ".*\\b(?:ma(?:k|d)e the ads disappear|ad-free (?:feed|version|episodes))\\b.*"),
          Pattern.compile("check out (?:all )?(?:the|our) .*\\b(?:apps?|services)\\b.*"),
          // Support, donation and affiliate appeals.
          Pattern.compile(
              "(?:please )?(?:support|help|fund) (?:us|the show|the podcast|this show"
                  + "|this podcast|our work)\\b.*"),
          Pattern.compile("(?:please )?donate\\b.*"),
          Pattern.compile("(?:boost|stream sats)\\b.*\\b(?:apps?|podcast|show)\\b.*"),
          Pattern.compile(".*\\b(?:patreon\\.com|buymeacoffee\\.com|ko-fi\\.com|paypal\\.me)\\b.*"),
          Pattern.compile("(?:become a|join us as a) (?:patron|member|supporter|subscriber)\\b.*"),
          Pattern.compile(
              ".*\\b(?:value4value|value for value)\\b.*(?:apps?|sliders?|boosts?)\\b.*"),
          Pattern.compile(".*\\bcrank (?:those|the) value sliders?\\b.*"),
          Pattern.compile(
              ".*\\b(?:use|with|enter) (?:the )?(?:promo |discount |coupon |offer )?code\\s+\\S+"
                  + ".*\\b(?:off|discount|free|trial)\\b.*"),
          Pattern.compile(".*\\baffiliate links?\\b.*"),
          // Social links.
          Pattern.compile(
              "(?:follow|find|connect with|subscribe to|like) (?:us|me|him|her|them|the show"
                  + "|the podcast)\\b.*\\b(?:on|at|via)\\b.*"),
          Pattern.compile(
              "[^:\u2013\u2014]{0,60}[:\u2013\u2014-]\\s*(?:(?:website|blog|github|linkedin"
                  + "|mastodon|x|twitter|bluesky|threads|instagram|facebook|youtube|tiktok"
                  + "|twitch|discord|email)\\b[\\s,&]*(?:and\\b\\s*)?)+"),
          // Credit lines.
          Pattern.compile(
              "(?:(?:executive |associate )?produced|edited|mixed|mastered|engineered|recorded"
                  + "|music|theme music|intro music|outro music|artwork|cover art|audio"
                  + "|transcribed|show notes)(?: and (?:produced|edited|mixed|mastered))?"
                  + " by\\b.*"),
          Pattern.compile(
              "(?:producer|editor|audio editing|editing|sound engineer|music|theme music"
                  + "|artwork|cover art|hosting infrastructure|show notes|transcripts?)\\s*:.*"),
          Pattern.compile("last modified\\b.*\\bby\\b.*"),
          // Links to the show's own channels.
          Pattern.compile(
              "(?:view|read|join|get|sign up for|subscribe to) (?:the|our) (?:newsletter"
                  + "|discussion|community|mailing list|discord)\\b.*"),
          Pattern.compile(
              "(?:download the mp3|podcast feed|rss feed|subscribe|leave (?:us )?a review"
                  + "|rate and review)(?: \\S+){0,4}"));

  /** Headings whose whole block (up to the next heading) is clutter, as {@code Sponsors:}. */
  private static final Pattern BLOCK_HEADING =
      Pattern.compile(
          "(?:our |this episode's )?(?:sponsors?|support (?:us|the show)|donations?"
              + "|credits|affiliate links|follow us)\\s*:?");

  /** Appeals followed by a list of short lines (apps to pay with, places to follow). */
  private static final Pattern LIST_OPENER =
      Pattern.compile(".*\\b(?:value sliders?|streaming payment apps|boost us|find us on)\\b.*");

  private static final Pattern HEADING = Pattern.compile(".{1,40}:");
  private static final int LIST_ITEM_WORDS = 4;

  private ShowNoteClutter() {}

  /** Whether the whole line is show business, not something a listener could ask about. */
  public static boolean isClutter(String line) {
    String text = line.strip().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    return LINES.stream().anyMatch(pattern -> pattern.matcher(text).matches());
  }

  /**
   * {@code paragraphs} without clutter lines, and without the blocks under a clutter heading such
   * as {@code Sponsors:} up to the next heading.
   */
  public static List<String> remove(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    boolean inBlock = false;
    boolean inList = false;
    for (String paragraph : paragraphs) {
      String text = paragraph.strip().toLowerCase(java.util.Locale.ROOT);
      if (BLOCK_HEADING.matcher(text).matches()) {
        inBlock = true;
        continue;
      }
      if (inBlock && HEADING.matcher(text).matches()) {
        inBlock = false;
      }
      inList = inList && text.split("\\s+").length <= LIST_ITEM_WORDS;
      if (LIST_OPENER.matcher(text).matches()) {
        inList = true;
        continue;
      }
      if (!inBlock && !inList && !isClutter(paragraph)) {
        kept.add(paragraph);
      }
    }
    return withoutEmptyHeadings(kept);
  }

  /** Drops {@code Heading:} lines left with nothing under them once their block went. */
  private static List<String> withoutEmptyHeadings(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      boolean heading = HEADING.matcher(paragraphs.get(i).strip()).matches();
      boolean nextIsHeading =
          i + 1 == paragraphs.size() || HEADING.matcher(paragraphs.get(i + 1).strip()).matches();
      if (!(heading && nextIsHeading)) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }
}
