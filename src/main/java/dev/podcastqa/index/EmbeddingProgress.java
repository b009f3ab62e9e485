package dev.podcastqa.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chunks an index sync has embedded and written so far, and the time that took since the last
 * line it logged. Used by one thread at a time (the index's writer thread, one part after another).
 */
final class EmbeddingProgress {

  /** Named for the indexer: its lines read in the log as the indexer's. */
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final int total;
  private int done;
  private long embeddingNanos;
  private long writingNanos;

  EmbeddingProgress(int total) {
    this.total = total;
  }

  /** One more part: its chunks, and the nanoseconds embedding and writing them took. */
  void add(int chunks, long embedded, long written) {
    done += chunks;
    embeddingNanos += embedded;
    writingNanos += written;
  }

  /** Logs the chunks done and the time taken since the last line. */
  void log(boolean committed) {
    LOG.info(
        "Embedded {} of {} chunks in {} ms (writing{} them took {} ms)",
        done,
        total,
        embeddingNanos / 1_000_000,
        committed ? " and committing" : "",
        writingNanos / 1_000_000);
    embeddingNanos = 0;
    writingNanos = 0;
  }
}
