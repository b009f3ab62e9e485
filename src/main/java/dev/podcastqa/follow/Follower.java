package dev.podcastqa.follow;

import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.ingest.Corpus;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the catalog and the index in line with the followed feeds and the episodes folder while the
 * service runs. All but transcribing runs on one background thread, the index's only writer: a look
 * every tick polls the feeds that are due (conditional GET, jitter, backoff after failures) and the
 * folder, and when either changed, or a transcription ended ({@link TranscriptionQueue}), reads the
 * live corpus again and applies it to the index. A failing feed keeps the copy held and its
 * episodes.
 *
 * <p>A new copy of a feed is written to disk before the index is updated from it, and the index
 * commits atomically, so a process killed mid-update restarts from the new copy into a consistent
 * index and finishes the work at start-up.
 *
 * <p>In a process that only searches an index another process writes (a second {@code serve} on one
 * folder), that process follows the feeds: this one polls, fetches, transcribes, announces and
 * writes nothing, and keeps its catalog in line with the copies that process keeps, the folder and
 * that process's commits ({@link LiveIndex#show}).
 */
public final class Follower implements Feeds, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  private static final Duration IDLE_TICK = Duration.ofSeconds(30);

  /** How often a process that only searches looks at the writing process's copies and commit. */
  private static final Duration READ_TICK = Duration.ofSeconds(1);

  private final FollowedSources sources;
  private final SourceCache cache;
  private final LiveIndex live;
  private final Catalog catalog;
  private final FeedPoller poller;
  private final Duration interval;
  private final Duration watchEvery;
  private final Duration refreshWait;
  private final Clock clock;
  private final FolderWatch watch;
  private final Announcements announcements;
  private final ScheduledExecutorService writer;
  private final CopyWatch copies;

  /**
   * Whether this process writes the index, and so follows the feeds; else it reads their copies.
   */
  private final boolean writes;

  private boolean dirty;

  /**
   * @param cache the parsed-source cache the folder is read with
   * @param interval time between two polls of one feed, before jitter and backoff
   * @param watchEvery time between two looks at the folder; zero: not watched
   * @param refreshWait how long {@link #refresh()} waits before its caller is told to come back
   * @param announcer told of each newly indexed episode, once ever
   */
  public Follower(
      FollowedSources sources,
      SourceCache cache,
      LiveIndex live,
      Catalog catalog,
      Duration interval,
      Duration watchEvery,
      Duration refreshWait,
      Clock clock,
      RandomGenerator random,
      Announcer announcer) {
    this.sources = sources;
    this.cache = cache;
    this.live = live;
    this.catalog = catalog;
    this.poller =
        new FeedPoller(
            sources,
            new FeedFetch(Duration.ofSeconds(30), sources.maxFileBytes()),
            interval,
            random);
    this.interval = interval;
    this.watchEvery = watchEvery;
    this.refreshWait = refreshWait;
    this.clock = clock;
    this.writes = !live.readOnly();
    this.watch =
        watchEvery.isZero()
            ? null
            : new FolderWatch(sources.episodesDir(), writes ? Duration.ZERO : watchEvery);
    this.copies =
        new CopyWatch(
            sources.store(),
            writes ? () -> null : live::indexVersion,
            sources.subscriptions().read().urls());
    this.announcements =
        new Announcements(sources.store().announcedFile(), writes ? announcer : Announcer.none());
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "follow");
              thread.setDaemon(true);
              return thread;
            });
    if (writes) {
      sources.transcriptions().ifPresent(t -> t.onEnded(() -> writer.execute(this::tick)));
    }
  }

  /**
   * Starts looking: at once, then every tick (the folder's interval, else 30 s). First, when this
   * process writes the index, it announces what start-up indexed and was not announced (a process
   * killed mid-update).
   */
  public void start() {
    if (writes) {
      writer.execute(this::settleQuietly);
    }
    long tick = (writes ? (watchEvery.isZero() ? IDLE_TICK : watchEvery) : READ_TICK).toMillis();
    writer.scheduleWithFixedDelay(this::tick, 0, tick, TimeUnit.MILLISECONDS);
    String folder =
        watch == null
            ? ""
            : " and "
                + sources.episodesDir()
                + " (looked at every "
                + watchEvery.toSeconds()
                + " s)";
    LOG.info(
        writes
            ? "Following {} feeds (polled every {} min){}"
            : "Following {} feeds through the copies the process writing the index keeps, looked at"
                + " every {} s (that process polls, transcribes and announces; this one fetches and"
                + " announces nothing){}",
        sources.subscriptions().read().urls().size(),
        writes ? interval.toMinutes() : tick / 1000,
        folder);
  }

  /**
   * Polls now and waits until questions find what the polls gave (the commit that makes it durable,
   * and the announcements, may still follow on the writer thread). Where another process writes the
   * index, looks at the copies it keeps now instead.
   *
   * @throws RefreshPendingException when that takes longer than the refresh wait; it goes on
   */
  @Override
  public Refreshed refresh() {
    CompletableFuture<Refreshed> searchable = new CompletableFuture<>();
    writer.execute(
        () -> {
          try {
            searchable.complete(cycle(true, searchable));
          } catch (RuntimeException e) {
            if (!searchable.completeExceptionally(e)) {
              LOG.warn(
                  "Following: the update failed after questions found it (its commit, or"
                      + " announcing it) and is tried again at the next look: {}",
                  e.toString());
            }
          }
        });
    try {
      return searchable.get(refreshWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new RefreshPendingException(refreshWait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the refresh", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("the refresh failed", e.getCause());
    }
  }

  @Override
  public List<FeedStatus> feeds() {
    return FeedStatuses.of(sources, catalog);
  }

  private void tick() {
    try {
      cycle(false, new CompletableFuture<>());
    } catch (RuntimeException e) {
      LOG.warn(
          "Following: the update failed and is tried again at the next look: {}", e.toString());
    }
  }

  /**
   * One look: polls the feeds that are due (all of them when {@code all}), then updates, completing
   * {@code searchable} with what it did once questions find it.
   */
  private Refreshed cycle(boolean all, CompletableFuture<Refreshed> searchable) {
    List<String> urls = sources.subscriptions().read().urls();
    FeedPoller.Round round =
        writes ? poller.pollDue(urls, clock.instant(), all) : FeedPoller.Round.NONE;
    CopyWatch.Look seen = copies.look(urls);
    boolean more =
        copies.changed(seen)
            | (watch != null && watch.changed(all))
            | (writes && sources.transcriptionEnded());
    if (round.changed() == 0 && !round.forgot() && !more && !dirty) {
      return new Refreshed(round.polled(), 0, List.of(), List.of());
    }
    dirty = true;
    Refreshed refreshed = update(urls, round, searchable);
    copies.updated(seen);
    dirty = false;
    return refreshed;
  }

  private Refreshed update(
      List<String> urls, FeedPoller.Round round, CompletableFuture<Refreshed> searchable) {
    long started = System.nanoTime();
    Corpus corpus = writes ? sources.readPruningUnusedFiles(cache) : sources.readAsLeft(cache);
    long read = System.nanoTime();
    AtomicLong shown = new AtomicLong();
    BiConsumer<List<String>, List<String>> shows =
        (added, removed) -> {
          shown.set(System.nanoTime());
          searchable.complete(new Refreshed(round.polled(), round.changed(), added, removed));
        };
    LiveIndex.Update update;
    if (writes) {
      update = live.apply(corpus.episodes(), corpus.transcripts(), shows);
      settle(urls);
    } else {
      update = live.show(corpus.episodes(), corpus.transcripts());
      shows.accept(update.added(), update.removed());
    }
    LOG.info(
        "Live update: {} episodes added, {} removed, {} embedded ({} chunks) in {} ms (reading the"
            + " sources {} ms, searchable after {} ms)",
        update.added().size(),
        update.removed().size(),
        update.report().embeddedEpisodes(),
        update.report().embeddedChunks(),
        (System.nanoTime() - started) / 1_000_000,
        (read - started) / 1_000_000,
        (shown.get() - started) / 1_000_000);
    return new Refreshed(round.polled(), round.changed(), update.added(), update.removed());
  }

  private void settleQuietly() {
    try {
      settle(sources.subscriptions().read().urls());
    } catch (RuntimeException e) {
      LOG.warn("Following: announcing what start-up indexed failed: {}", e.toString());
    }
  }

  /** Announces indexed episodes not announced yet (not a first copy's), marks copies indexed. */
  private void settle(List<String> urls) {
    Set<String> firstCopies = new HashSet<>();
    for (String url : urls) {
      FeedState state = sources.store().state(url);
      if (!state.seeded() && state.bodyHash() != null) {
        firstCopies.add(url);
      }
    }
    announcements.catchUp(
        catalog.episodes(),
        e -> e.sources().stream().anyMatch(s -> firstCopies.contains(s.location())));
    firstCopies.forEach(url -> sources.store().save(sources.store().state(url).indexed()));
  }

  /** Stops transcribing, lets an update under way finish (never cut mid-write), then stops. */
  @Override
  public void close() {
    sources.transcriptions().ifPresent(TranscriptionQueue::close);
    writer.shutdown();
    try {
      if (!writer.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("Following: an update still runs after 60 s; stopping without it");
        writer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
