package dev.podcastqa.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.cache.CachingIngester;
import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.Input;
import dev.podcastqa.ingest.SourceRead;
import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
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

  /**
   * Keeps the transcripts of the latest reads, so a poll that brings one new item of a feed does
   * not parse the others' again (their segments are the episodes' own, held by the catalog too).
   */
  private final TranscriptReader transcripts = TranscriptReader.remembering(1024);

  /** Transcribes, off the writer thread, the audio of items that link no transcript. */
  private final Optional<TranscriptionQueue> transcriptions;

  private final FeedReads feedReads = new FeedReads();

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
    this.transcriptions =
        transcriber.map(
            t ->
                new TranscriptionQueue(new CachingTranscriber(store, t, Clock.systemUTC()), store));
    this.maxFileBytes = maxFileBytes;
    this.mapper = mapper;
  }

  /**
   * Reads the folder and the copies held of the feeds followed now, taking unchanged local files
   * from {@code cache}; an item's transcription is read when kept, never asked for (the follower's
   * first update queues those missing).
   */
  public Corpus read(SourceCache cache) {
    Set<String> held = held();
    Optional<Transcriber> kept = transcriptions.map(TranscriptionQueue::keptOnly);
    return new CachingIngester(ingester(new CachingFetcher(store, network, held), kept), cache)
        .ingest(inputs(held));
  }

  /**
   * Reads as {@link #read} does, then deletes the files items linked (transcripts, chapters,
   * transcriptions) that the read did not use, as no item held links them any more; only when the
   * copy of every feed held was read, and never a file written meanwhile.
   */
  Corpus readPruningUnusedFiles(SourceCache cache) {
    Set<String> held = held();
    feedReads.retainOnly(held);
    CachingFetcher fetcher = new CachingFetcher(store, network, held);
    Ingester ingester = ingester(fetcher, queued());
    try (FeedStore.Use use = store.use()) {
      Corpus corpus =
          new CachingIngester(ingester, cache, input -> read(input, held, ingester, fetcher, true))
              .ingest(inputs(held));
      if (fetcher.readEveryFeed()) {
        int pruned = store.pruneUnused(use);
        if (pruned > 0) {
          LOG.info("Deleted {} fetched files no feed item links any more", pruned);
        }
      }
      return corpus;
    }
  }

  /**
   * Reads the folder and the copies held as the process that writes the index left them, for one
   * that only searches it: nothing is fetched (a file an item links that the other process has not
   * fetched yet is a problem of this read, read again at the next), transcribed or written, and no
   * file is pruned.
   */
  Corpus readAsLeft(SourceCache cache) {
    Set<String> held = held();
    feedReads.retainOnly(held);
    CachingFetcher fetcher = new CachingFetcher(store, FollowedSources::notFetchedHere, held);
    Ingester ingester = ingester(fetcher, transcriptions.map(TranscriptionQueue::keptOnly));
    return new CachingIngester(
            ingester, cache, input -> read(input, held, ingester, fetcher, false))
        .ingest(inputs(held));
  }

  private static SourceText notFetchedHere(String url) {
    throw new SourceException(
        url, 0, "not fetched yet by the process that writes the index (it follows the feeds)");
  }

  /**
   * Reads one source of a live update: a held feed's copy read before (by the poll that brought it,
   * or an earlier update) is taken as it was read, with the linked files that read used; another
   * copy is read and, unless a linked file could not be had, kept for the next update; its problems
   * become the feed's when {@code writes} (this process follows the feeds).
   */
  private SourceRead read(
      Input input, Set<String> held, Ingester ingester, CachingFetcher fetcher, boolean writes) {
    String url = input.location();
    Optional<String> body = input.url() && held.contains(url) ? store.body(url) : Optional.empty();
    if (body.isEmpty()) {
      return ingester.read(input);
    }
    String hash = FeedStore.digest(body.get());
    Optional<FeedReads.Known> known = feedReads.find(url, hash);
    if (known.isPresent()) {
      store.markUsed(known.get().linked());
      fetcher.readElsewhere(url);
      FeedReads.Known read = known.get();
      return new SourceRead(input.stemKey(), true, read.drafts(), null, read.problems(), false);
    }
    try (FeedStore.Use own = store.useOnThisThread()) {
      SourceRead read = ingester.read(input);
      if (writes && read.feed() && !read.unread()) {
        showProblems(url, read);
      }
      if (read.feed() && !read.unread() && !own.failed()) {
        feedReads.remember(
            url, new FeedReads.Known(hash, read.drafts(), read.problems(), own.keys()));
      }
      return read;
    }
  }

  /**
   * Keeps the problems of a new read of a held copy as the feed's, as they change when linked files
   * (a transcription that ended, or failed) can be had since the poll that brought it.
   */
  private void showProblems(String url, SourceRead read) {
    FeedState state = store.state(url);
    FeedState now = state.withProblems(read.problems().stream().map(Object::toString).toList());
    if (!now.equals(state)) {
      store.save(now);
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

  /** The transcriptions run in the background; empty when no endpoint is set. */
  Optional<TranscriptionQueue> transcriptions() {
    return transcriptions;
  }

  /** Whether a transcription ended since the last call (see {@link TranscriptionQueue}). */
  boolean transcriptionEnded() {
    return transcriptions.map(TranscriptionQueue::takeEnded).orElse(false);
  }

  FeedReads feedReads() {
    return feedReads;
  }

  Path episodesDir() {
    return episodesDir;
  }

  long maxFileBytes() {
    return maxFileBytes;
  }

  /** Reads a freshly fetched feed, fetching (and keeping) the files its items link. */
  FeedReader feedReader() {
    return new FeedReader(new CachingFetcher(store, network, Set.of()), transcripts, queued());
  }

  private Optional<Transcriber> queued() {
    return transcriptions.map(Transcriber.class::cast);
  }

  private Ingester ingester(Fetcher fetcher, Optional<Transcriber> transcriber) {
    return new Ingester(
            new PageReader(),
            transcripts,
            new FeedReader(fetcher, transcripts, transcriber),
            fetcher,
            mapper)
        .withMaxFileBytes(maxFileBytes);
  }
}
