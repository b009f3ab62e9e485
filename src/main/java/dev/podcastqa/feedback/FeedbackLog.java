package dev.podcastqa.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records questions, answers and thumbs without making answers wait: each answer gets its id at
 * once, and the rows are written by one thread of its own through a bounded queue (full: the write
 * is dropped). A database that cannot be opened or written is one log line, and answers go on. Rows
 * older than the retention are deleted at start and once a day.
 */
public final class FeedbackLog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

  /** Writes waiting at most; past it, new ones are dropped rather than held in memory. */
  static final int QUEUE = 1_000;

  /** Answer ids remembered in memory, so thumbs work before (or without) the database. */
  private static final int REMEMBERED_IDS = 100_000;

  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final FeedbackDatabase database;
  private final Catalog catalog;
  private final Clock clock;
  private final Duration retention;
  private final AnswerIds ids = new AnswerIds();
  private final Cache<String, Boolean> issued =
      Caffeine.newBuilder().maximumSize(REMEMBERED_IDS).build();
  private final ThreadPoolExecutor writer;
  private final ScheduledExecutorService daily;
  private volatile boolean failing;
  private volatile boolean dropping;

  private FeedbackLog(FeedbackDatabase database, Catalog catalog, Clock clock, Duration retention) {
    this.database = database;
    this.catalog = catalog;
    this.clock = clock;
    this.retention = retention;
    this.writer =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            daemon("feedback-writer"),
            new ThreadPoolExecutor.AbortPolicy());
    this.daily = Executors.newSingleThreadScheduledExecutor(daemon("feedback-retention"));
    if (database != null) {
      write("delete old rows", this::deleteOld);
      daily.scheduleAtFixedRate(
          () -> write("delete old rows", this::deleteOld), 1, 1, TimeUnit.DAYS);
    }
  }

  /**
   * Feedback kept in the database at {@code file} for {@code retention}, with the chapters of cited
   * moments looked up in {@code catalog}. When the file cannot be opened, that is logged once and
   * answers are still given ids (thumbs on them are taken and not kept).
   */
  public static FeedbackLog open(Path file, Duration retention, Catalog catalog, Clock clock) {
    FeedbackDatabase database = null;
    try {
      database = FeedbackDatabase.open(file);
    } catch (FeedbackStoreException e) {
      LOG.warn("Feedback is not kept: {}", e.getMessage());
    }
    return new FeedbackLog(database, catalog, clock, retention);
  }

  /** Gives answers ids and takes thumbs, keeping nothing: for apps run without a database. */
  public static FeedbackLog notKept() {
    return new FeedbackLog(
        null, new Catalog(List.of(), Transcripts.NONE), Clock.systemUTC(), Duration.ofDays(1));
  }

  /** Records {@code answer} to {@code question} asked over {@code channel}; returns its id. */
  public String record(Channel channel, String question, Answer answer) {
    String id = ids.next();
    issued.put(id, Boolean.TRUE);
    if (database != null) {
      AskedQuestion asked =
          new AskedQuestion(
              id,
              clock.instant(),
              channel,
              question,
              answer.answered(),
              answer.mode(),
              answer.answer(),
              answer.citations().stream().map(this::moment).toList());
      write("record an answer", () -> database.insert(asked));
    }
    return id;
  }

  /**
   * Takes a thumb on the answer {@code answerId}. From the web ({@code replace}) it takes the place
   * of the answer's earlier thumb; from Discord each click counts.
   *
   * @throws InvalidFeedbackException when the comment is too long
   * @throws UnknownAnswerException when no answer has that id
   */
  public void rate(
      String answerId, Rating rating, String comment, Channel channel, boolean replace) {
    if (!AnswerIds.valid(answerId)) {
      throw new UnknownAnswerException(answerId);
    }
    Thumb thumb = new Thumb(answerId, clock.instant(), rating, comment);
    if (!known(answerId)) {
      throw new UnknownAnswerException(answerId);
    }
    if (database != null) {
      write("record a thumb", () -> database.insert(thumb, channel, replace));
    }
  }

  /** The report of what listeners asked since {@code since} (null: everything kept). */
  public ListenerReport report(LocalDate since) {
    if (database == null) {
      throw new FeedbackStoreException("feedback is not kept (the database did not open)", null);
    }
    return database.report(since);
  }

  /**
   * Waits until every write queued so far is done, at most {@code timeout}; whether it was. For
   * tests and for a clean stop.
   */
  public boolean flush(Duration timeout) {
    CountDownLatch done = new CountDownLatch(1);
    try {
      writer.execute(done::countDown);
      return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    daily.shutdownNow();
    writer.shutdown();
    try {
      if (!writer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Feedback writes still queued after {} s were dropped", CLOSE_WAIT.toSeconds());
        writer.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writer.shutdownNow();
    }
    if (database != null) {
      database.close();
    }
  }

  private boolean known(String answerId) {
    if (issued.getIfPresent(answerId) != null) {
      return true;
    }
    if (database == null) {
      return false;
    }
    try {
      return database.hasAnswer(answerId);
    } catch (FeedbackStoreException e) {
      LOG.warn("Feedback: {}", e.getMessage());
      return false;
    }
  }

  private CitedMoment moment(Citation citation) {
    String chapter =
        citation.startSeconds() == null
            ? null
            : catalog
                .find(citation.episodeId())
                .flatMap((Episode episode) -> episode.chapterAt(citation.startSeconds()))
                .map(Chapter::title)
                .orElse(null);
    return new CitedMoment(
        citation.n(),
        citation.episodeId(),
        citation.episodeTitle(),
        citation.startSeconds(),
        chapter);
  }

  private void deleteOld() {
    int deleted = database.deleteBefore(clock.instant().minus(retention));
    if (deleted > 0) {
      LOG.info("Feedback: deleted {} answers older than {} days", deleted, retention.toDays());
    }
  }

  /** Runs {@code work} on the writer thread; a failure is logged once until a write succeeds. */
  private void write(String what, Runnable work) {
    try {
      writer.execute(
          () -> {
            try {
              work.run();
              if (failing) {
                failing = false;
                LOG.info("Feedback is kept again in {}", database.file());
              }
            } catch (RuntimeException e) {
              if (!failing) {
                failing = true;
                LOG.warn("Feedback not kept: {}", e.getMessage());
              }
            }
          });
      dropping = false;
    } catch (RejectedExecutionException e) {
      if (writer.isShutdown()) {
        // The app is stopping, and the write is not needed.
        LOG.debug("Feedback write after close: {}", what);
      } else if (!dropping) {
        dropping = true;
        LOG.warn("Feedback writes are behind ({} waiting): new ones are dropped", QUEUE);
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
