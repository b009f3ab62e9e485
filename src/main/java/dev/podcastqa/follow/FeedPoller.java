package dev.podcastqa.follow;

import dev.podcastqa.ingest.feed.FeedReader;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed and keeps what it gave: a 304 or the same body changes nothing but the times; a
 * new body that reads as an RSS feed becomes the copy held (the files its items link fetched and
 * kept on the way); a failure keeps the copy held, records why and backs off.
 */
final class FeedPoller {

  /** Named for the follower: a feed's polls read in the log as the following's. */
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  /** The most a failing feed's interval grows: 16 times the configured one. */
  private static final int MAX_BACKOFF = 16;

  private final FollowedSources sources;
  private final FeedFetch fetch;
  private final Duration interval;
  private final RandomGenerator random;

  /** The feeds followed at the last round. */
  private Set<String> followed;

  FeedPoller(FollowedSources sources, FeedFetch fetch, Duration interval, RandomGenerator random) {
    this.sources = sources;
    this.followed = new HashSet<>(sources.subscriptions().read().urls());
    this.fetch = fetch;
    this.interval = interval;
    this.random = random;
  }

  /**
   * What one round of polls did: how many feeds were polled, how many brought a new copy, and
   * whether a feed no longer followed was forgotten (its copy deleted, so its episodes go).
   */
  record Round(int polled, int changed, boolean forgot) {

    /** No poll: the process that writes the index polls. */
    static final Round NONE = new Round(0, 0, false);
  }

  /**
   * Polls the feeds of {@code urls} that are due at {@code now}, all of them when {@code all}, and
   * forgets those followed at the last round and not now. Called from one thread.
   */
  Round pollDue(List<String> urls, Instant now, boolean all) {
    int polled = 0;
    int changed = 0;
    for (String url : urls) {
      FeedState state = sources.store().state(url);
      if (all || state.due(now)) {
        polled++;
        changed += poll(state, now) ? 1 : 0;
      }
    }
    boolean forgot = false;
    for (String gone : followed) {
      if (!urls.contains(gone) && sources.store().forget(gone)) {
        LOG.info("No longer following {}; its episodes go", gone);
        forgot = true;
      }
    }
    followed = new HashSet<>(urls);
    return new Round(polled, changed, forgot);
  }

  /** Polls one feed; true when it brought a new copy, now held. */
  boolean poll(FeedState state, Instant now) {
    String url = state.url();
    try {
      FeedFetch.Got got = fetch.get(url, state.etag(), state.lastModified());
      if (!got.modified()) {
        sources.store().save(state.unchanged(now, got.etag(), got.lastModified(), next(now, 0)));
        return false;
      }
      String hash = FeedStore.digest(got.body());
      if (hash.equals(state.bodyHash())) {
        sources.store().save(state.unchanged(now, got.etag(), got.lastModified(), next(now, 0)));
        return false;
      }
      SourceText text = SourceText.of(url, got.body());
      FeedReader reader = sources.feedReader();
      if (!reader.recognize(text)) {
        throw new FeedFailedException("the answer from " + url + " is not an RSS feed");
      }
      List<Problem> problems = new ArrayList<>();
      List<Draft> drafts;
      Set<String> linked;
      boolean complete;
      try (FeedStore.Use use = sources.store().useOnThisThread()) {
        drafts = reader.read(text, problems::add);
        linked = use.keys();
        complete = !use.failed();
      }
      sources.store().saveBody(url, got.body());
      if (complete) {
        sources.feedReads().remember(url, new FeedReads.Known(hash, drafts, problems, linked));
      }
      List<String> lines = problems.stream().map(Problem::toString).toList();
      sources.store().save(state.changed(now, got, hash, lines, next(now, 0)));
      LOG.info("Feed {} changed ({} problems in it)", url, problems.size());
      return true;
    } catch (FeedFailedException e) {
      return failed(state, now, e.getMessage());
    } catch (SourceException e) {
      return failed(state, now, e.problem().toString());
    }
  }

  private boolean failed(FeedState state, Instant now, String error) {
    int failures = state.failures() + 1;
    sources.store().save(state.failed(now, error, next(now, failures)));
    LOG.warn(
        "Feed {} failed ({} in a row), its episodes are kept: {}", state.url(), failures, error);
    return false;
  }

  /** When to poll next: the interval, doubled per failure up to 16 times, give or take a tenth. */
  private Instant next(Instant now, int failures) {
    long factor = Math.min(MAX_BACKOFF, 1L << Math.min(failures, 4));
    double jitter = 0.9 + 0.2 * random.nextDouble();
    long millis = (long) (interval.toMillis() * factor * jitter);
    return now.plusMillis(millis);
  }
}
