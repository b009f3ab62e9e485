package dev.podcastqa.follow;

import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.source.Transcriber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transcriber the live corpus is read with: an episode's audio is transcribed once and the
 * answer kept beside the other fetched files, so neither a re-read nor a restart transcribes it
 * again. A failure is logged once and given again, without a new request, to every read within
 * {@link #RETRY_AFTER}; after it the audio is tried again.
 */
final class CachingTranscriber implements Transcriber {

  /** Named for the follower: transcriptions read in the log as the following's. */
  private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

  /** How long a failed transcription is not tried again. */
  static final Duration RETRY_AFTER = Duration.ofHours(1);

  private static final String PREFIX = "transcription:";

  private final FeedStore store;
  private final Transcriber network;
  private final Clock clock;
  private final Map<String, Failure> failures = new ConcurrentHashMap<>();

  CachingTranscriber(FeedStore store, Transcriber network, Clock clock) {
    this.store = store;
    this.network = network;
    this.clock = clock;
  }

  @Override
  public SourceText transcribe(String audioUrl) {
    Optional<SourceText> known = known(audioUrl);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      SourceText text = network.transcribe(audioUrl);
      store.saveLinked(PREFIX + audioUrl, text.content());
      failures.remove(audioUrl);
      LOG.info("Transcribed {}", audioUrl);
      return text;
    } catch (SourceException e) {
      store.failedLinked();
      failures.put(audioUrl, new Failure(clock.instant(), e));
      LOG.warn(
          "Transcribing {} failed; the episode keeps its show notes: {}",
          audioUrl,
          e.problem().reason());
      throw e;
    }
  }

  /**
   * The transcription kept of {@code audioUrl}, if any, without asking the endpoint.
   *
   * @throws SourceException the failure of its last transcription, within {@link #RETRY_AFTER}
   */
  Optional<SourceText> known(String audioUrl) {
    Optional<String> kept = store.linked(PREFIX + audioUrl);
    if (kept.isPresent()) {
      return Optional.of(new SourceText(audioUrl, "transcription.json", kept.get()));
    }
    Failure failure = failures.get(audioUrl);
    if (failure != null && clock.instant().isBefore(failure.at().plus(RETRY_AFTER))) {
      store.failedLinked();
      throw failure.error();
    }
    return Optional.empty();
  }

  private record Failure(Instant at, SourceException error) {}
}
