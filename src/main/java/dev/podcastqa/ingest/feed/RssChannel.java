package dev.podcastqa.ingest.feed;

import java.util.List;

/** The channel of an RSS feed: its title (the podcast's name, may be null) and its items. */
record RssChannel(String title, List<RssItem> items) {

  RssChannel {
    items = List.copyOf(items);
  }
}
