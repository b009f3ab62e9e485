package dev.podcastqa.ingest.feed;

import java.util.List;

/**
 * The fields of one RSS {@code <item>} as written, before they are interpreted; any may be null.
 *
 * @param line the line of the {@code <item>} tag, for problems
 * @param chapters the {@code podcast:chapters} link, or null
 * @param transcripts the {@code podcast:transcript} links in feed order
 * @param inlineChapters the Podlove simple chapters ({@code psc:chapter}) written in the item
 * @param people the people the item names ({@code podcast:person}), in feed order
 */
record RssItem(
    int line,
    String title,
    String link,
    String guid,
    String pubDate,
    String duration,
    String contentEncoded,
    String description,
    String summary,
    String enclosure,
    LinkedFile chapters,
    List<LinkedFile> transcripts,
    List<InlineChapter> inlineChapters,
    List<RssPerson> people) {

  RssItem {
    transcripts = List.copyOf(transcripts);
    inlineChapters = List.copyOf(inlineChapters);
    people = List.copyOf(people);
  }

  /**
   * One Podlove simple chapter as written: {@code start} in seconds or {@code hh:mm:ss.mmm}, any
   * field may be null.
   */
  record InlineChapter(int line, String start, String title, String href) {}

  /** A file an item links to by URL, with the media type the feed gives (null when none). */
  record LinkedFile(String url, String type) {}

  /** How problems name this item: its title, else its guid, else its line. */
  String name() {
    if (title != null) {
      return "item \"" + title + "\"";
    }
    return guid != null ? "item with guid \"" + guid + "\"" : "item";
  }
}
