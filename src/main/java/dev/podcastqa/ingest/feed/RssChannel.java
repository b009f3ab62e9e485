package dev.podcastqa.ingest.feed;

import java.util.List;

/**
 * The channel of an RSS feed: its title (the podcast's name, may be null), its items and the people
 * it names for the whole show ({@code podcast:person}).
 */
record RssChannel(String title, List<RssItem> items, List<RssPerson> people) {

  RssChannel {
    items = List.copyOf(items);
    people = List.copyOf(people);
  }
}
