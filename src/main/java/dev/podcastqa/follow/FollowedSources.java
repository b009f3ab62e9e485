package dev.podcastqa.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.cache.CachingIngester;
import dev.podcastqa.ingest.cache.SourceCache;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Transcriber;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources of the live corpus: the episodes folder and the last good copy of every followed
 * feed, read with the files their items link (each fetched once, then read from disk).
 */
public final class FollowedSources {

  /** The folder beside the index where feed copies, their state and linked files are kept. */
  public static final String FOLDER = "follow";

  private final Path episodesDir;
  private final Subscriptions subscriptions;
  private final FeedStore store;
  private final Fetcher network;
  private final long maxFileBytes;
  private final ObjectMapper mapper;
  private final TranscriptReader transcripts = new TranscriptReader();
  private final Optional<Transcriber> transcriber;

  /**
   * @param network fetches what items link, within the ingest's size and time limits
   * @param maxFileBytes the largest source file read, and feed fetched
   */
  public FollowedSources(
      Path episodesDir,
      Path indexDir,
      Subscriptions subscriptions,
      Fetcher network,
      long maxFileBytes,
      ObjectMapper mapper) {
    this(episodesDir, indexDir, subscriptions, network, Optional.empty(), maxFileBytes, mapper);
  }

  /**
   * @param network fetches what items link, within the ingest's size and time limits
   * @param transcriber transcribes the audio of an item that links no transcript (the answer kept
   *     on disk); none: such an item is read from its show notes
   * @param maxFileBytes the largest source file read, and feed fetched
   */
  public FollowedSources(
      Path episodesDir,
      Path indexDir,
      Subscriptions subscriptions,
      Fetcher network,
      Optional<Transcriber> transcriber,
      long maxFileBytes,
      ObjectMapper mapper) {
    this.episodesDir = episodesDir;
    this.subscriptions = subscriptions;
    this.store = new FeedStore(indexDir.resolve(FOLDER), mapper);
    this.network = network;
    this.transcriber = transcriber.map(t -> new CachingTranscriber(store, t, Clock.systemUTC()));
    this.maxFileBytes = maxFileBytes;
    this.mapper = mapper;
  }

  /**
   * Reads the folder and the copies held of the feeds followed now, taking unchanged local files
   * from {@code cache}.
   */
  public Corpus read(SourceCache cache) {
    List<String> feeds = subscriptions.read().urls();
    List<String> inputs = new ArrayList<>();
    inputs.add(episodesDir.toString());
    Set<String> held = new HashSet<>();
    for (String url : feeds) {
      if (store.body(url).isPresent()) {
        inputs.add(url);
        held.add(url);
      }
    }
    return new CachingIngester(ingester(held), cache).ingest(inputs);
  }

  /** Whether any feed is followed; when none is, {@link #read} reads the folder alone. */
  public boolean anyFeeds() {
    return !subscriptions.read().urls().isEmpty();
  }

  Subscriptions subscriptions() {
    return subscriptions;
  }

  FeedStore store() {
    return store;
  }

  Path episodesDir() {
    return episodesDir;
  }

  long maxFileBytes() {
    return maxFileBytes;
  }

  /** Reads a freshly fetched feed, fetching (and keeping) the files its items link. */
  FeedReader feedReader() {
    return new FeedReader(new CachingFetcher(store, network, Set.of()), transcripts, transcriber);
  }

  private Ingester ingester(Set<String> feeds) {
    Fetcher fetcher = new CachingFetcher(store, network, feeds);
    return new Ingester(
            new PageReader(),
            transcripts,
            new FeedReader(fetcher, transcripts, transcriber),
            fetcher,
            mapper)
        .withMaxFileBytes(maxFileBytes);
  }
}
