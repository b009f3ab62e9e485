package dev.podcastqa.follow;

import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fetcher the live corpus is read with: a followed feed is its last good copy on disk (the
 * poller fetches feeds), and a file an item links is fetched once, within the fetcher's size and
 * time limits, then read from disk, so neither a re-read nor a restart fetches it again. A fetch
 * that fails is not remembered: it is tried again at the next read.
 */
final class CachingFetcher implements Fetcher {

  private final FeedStore store;
  private final Fetcher network;
  private final Set<String> feeds;
  private final Set<String> feedsRead = ConcurrentHashMap.newKeySet();

  CachingFetcher(FeedStore store, Fetcher network, Set<String> feeds) {
    this.store = store;
    this.network = network;
    this.feeds = Set.copyOf(feeds);
  }

  @Override
  public SourceText fetch(String url) {
    if (feeds.contains(url)) {
      SourceText copy =
          SourceText.of(
              url,
              store
                  .body(url)
                  .orElseThrow(() -> new SourceException(url, 0, "the feed was not fetched yet")));
      feedsRead.add(url);
      return copy;
    }
    Optional<String> cached = store.linked(url);
    if (cached.isPresent()) {
      return SourceText.of(url, cached.get());
    }
    SourceText text;
    try {
      text = network.fetch(url);
    } catch (RuntimeException e) {
      store.failedLinked();
      throw e;
    }
    store.saveLinked(url, text.content());
    return text;
  }

  /** Counts the copy of {@code feed} as read: its read was known from before. */
  void readElsewhere(String feed) {
    feedsRead.add(feed);
  }

  /** Whether the copy of every feed it was made for has been read through it (or elsewhere). */
  boolean readEveryFeed() {
    return feedsRead.containsAll(feeds);
  }
}
