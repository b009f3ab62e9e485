package dev.podcastqa.ingest.feed;

import dev.podcastqa.ingest.Problem;
import java.util.function.Consumer;

/**
 * Where the problems met while reading one item go: reported at the item's line in the feed, named
 * by the item, so a user can find it.
 *
 * @param sink every problem of the read, also those located in linked files
 */
record ItemProblems(String feed, RssItem item, Consumer<Problem> sink) {

  void report(String reason) {
    sink.accept(new Problem(feed, item.line(), item.name() + ": " + reason));
  }
}
