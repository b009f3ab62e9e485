package dev.podcastqa.ingest.feed;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the problems met while reading one item go: reported at the item's line in the feed, named
 * by the item, so a user can find it. Linked files that could not be read are gathered and reported
 * as one line per item, however many links were tried.
 */
final class ItemProblems {

  private final String feed;
  private final RssItem item;
  private final Consumer<Problem> sink;
  private final List<String> unread = new ArrayList<>();

  /**
   * @param sink every problem of the read, also those located in linked files
   */
  ItemProblems(String feed, RssItem item, Consumer<Problem> sink) {
    this.feed = feed;
    this.item = item;
    this.sink = sink;
  }

  void report(String reason) {
    sink.accept(new Problem(feed, item.line(), item.name() + ": " + reason));
  }

  /** Problems located in a linked file (a bad cue in a transcript), reported as they are. */
  Consumer<Problem> sink() {
    return sink;
  }

  /** Notes a linked file that could not be read: {@code what} names it and says why. */
  void unread(String what) {
    unread.add(what);
  }

  /** Reports the linked files that could not be read as one line, saying what the item kept. */
  void reportUnread(String kept) {
    if (unread.isEmpty()) {
      return;
    }
    String files = unread.size() == 1 ? "a linked file" : unread.size() + " linked files";
    report(files + " could not be read (" + String.join("; ", unread) + "); " + kept);
    unread.clear();
  }
}
