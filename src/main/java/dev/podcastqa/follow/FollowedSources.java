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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sources of the live corpus: the episodes folder and the last good copy of every followed
 * feed, read with the files their items link (each fetched once, then read from disk).
 */
public final class FollowedSources {

  /** Named for the follower: what following does reads in the log as the follower's. */
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

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
    Set<String> held = held();
    return new CachingIngester(ingester(new CachingFetcher(store, network, held)), cache)
        .ingest(inputs(held));
  }

  /**
   * Reads as {@link #read} does, then deletes the files items linked (transcripts, chapters,
   * transcriptions) that the read did not use, as no item held links them any more; only when the
   * copy of every feed held was read, and never a file written meanwhile.
   */
  Corpus readPruningUnusedFiles(SourceCache cache) {
    Set<String> held = held();
    CachingFetcher fetcher = new CachingFetcher(store, network, held);
    try (FeedStore.Use use = store.use()) {
      Corpus corpus = new CachingIngester(ingester(fetcher), cache).ingest(inputs(held));
      if (fetcher.readEveryFeed()) {
        int pruned = store.pruneUnused(use);
        if (pruned > 0) {
          LOG.info("Deleted {} fetched files no feed item links any more", pruned);
        }
      }
      return corpus;
    }
  }

  /** The feeds followed now of which a copy is held, in subscription order. */
  private Set<String> held() {
    Set<String> held = new LinkedHashSet<>();
    for (String url : subscriptions.read().urls()) {
      if (store.holds(url)) {
        held.add(url);
      }
    }
    return held;
  }

  /** The episodes folder, then the held feeds. */
  private List<String> inputs(Set<String> held) {
    List<String> inputs = new ArrayList<>();
    inputs.add(episodesDir.toString());
    inputs.addAll(held);
    return inputs;
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

  private Ingester ingester(Fetcher fetcher) {
    return new Ingester(
            new PageReader(),
            transcripts,
            new FeedReader(fetcher, transcripts, transcriber),
            fetcher,
            mapper)
        .withMaxFileBytes(maxFileBytes);
  }
}
