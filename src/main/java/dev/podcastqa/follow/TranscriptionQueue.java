package dev.podcastqa.follow;

import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.source.Transcriber;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the transcriptions of followed items on a thread of their own, so an hour of audio never
 * holds the index's writer: a read that finds an item's transcription neither kept nor failed
 * queues it (once per audio URL while it is under way) and reads the item from its show notes
 * meanwhile; when it ends, well or not, the follower is told to read the feeds again.
 */
final class TranscriptionQueue implements Transcriber, AutoCloseable {

  /** Named for the follower: transcriptions read in the log as the following's. */
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  /** How long closing waits for a transcription under way once it is interrupted. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final CachingTranscriber cached;
  private final FeedStore store;
  private final ThreadPoolExecutor executor;
  private final Set<String> underWay = ConcurrentHashMap.newKeySet();

  /**
   * Whether a transcription ended since the follower last looked; true at first, as the start-up
   * read (see {@link #keptOnly()}) queued none of those it lacked.
   */
  private final AtomicBoolean ended = new AtomicBoolean(true);

  private volatile Runnable onEnded = () -> {};

  TranscriptionQueue(CachingTranscriber cached, FeedStore store) {
    this.cached = cached;
    this.store = store;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "transcribe");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * The kept transcription of {@code audioUrl}; without one, queues it (unless it is under way) and
   * throws, so the item is read from its show notes and the read is not taken as complete.
   */
  @Override
  public SourceText transcribe(String audioUrl) {
    return cached.known(audioUrl).orElseThrow(() -> pending(audioUrl, true));
  }

  /** A transcriber that gives kept transcriptions (and recent failures) and queues nothing. */
  Transcriber keptOnly() {
    return audioUrl -> cached.known(audioUrl).orElseThrow(() -> pending(audioUrl, false));
  }

  /** Calls {@code action} (quickly, on the transcribing thread) each time a transcription ends. */
  void onEnded(Runnable action) {
    onEnded = action;
  }

  /** Whether a transcription ended since the last call; clears it. */
  boolean takeEnded() {
    return ended.getAndSet(false);
  }

  private SourceException pending(String audioUrl, boolean queue) {
    if (queue && underWay.add(audioUrl)) {
      try {
        executor.execute(() -> run(audioUrl));
      } catch (RejectedExecutionException e) {
        underWay.remove(audioUrl);
      }
    }
    store.failedLinked();
    return new SourceException(
        audioUrl, 0, "of " + audioUrl + " is under way; the show notes stand in meanwhile");
  }

  private void run(String audioUrl) {
    try {
      cached.transcribe(audioUrl);
    } catch (SourceException e) {
      // Logged and kept by the caching transcriber; the next read reports it.
    } finally {
      underWay.remove(audioUrl);
      ended.set(true);
    }
    if (executor.isShutdown()) {
      return;
    }
    try {
      onEnded.run();
    } catch (RejectedExecutionException e) {
      LOG.debug("A transcription ended after the follower stopped: {}", audioUrl);
    }
  }

  /** Interrupts a transcription under way and waits for it up to {@link #CLOSE_WAIT}. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "Following: a transcription still runs {} s after stopping", CLOSE_WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
