package dev.podcastqa.index.lucene;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges the index into a few segments after a bulk write, so a dense search walks a few large HNSW
 * graphs instead of one per segment the build committed. A graph search costs roughly the logarithm
 * of its segment's size, so 18 segments of 16k to 166k chunks cost several times one graph of a
 * million, and searching each small graph with its own queue of candidates still finds fewer of the
 * true nearest than one graph does (see the README, "Toward a million chunks").
 */
final class BulkMerge {

  private static final Logger LOG = LoggerFactory.getLogger(BulkMerge.class);

  /**
   * A run that wrote at least one chunk in this many of the index's counts as bulk (a first build,
   * or most of the corpus rebuilt); smaller runs leave their segments to Lucene's merge policy,
   * which joins them without rebuilding the whole index's graph.
   */
  static final int BULK_SHARE = 4;

  private final int segments;

  /**
   * @param segments the segments a bulk write is merged into; 0 leaves every merge to Lucene
   */
  BulkMerge(int segments) {
    if (segments < 0) {
      throw new IllegalArgumentException("segments must be 0 or more, not " + segments);
    }
    this.segments = segments;
  }

  /** Whether a run that wrote {@code writtenChunks} of {@code chunks} in {@code present} merges. */
  boolean merges(int writtenChunks, int chunks, int present) {
    return segments > 0
        && present > segments
        && writtenChunks > 0
        && (long) writtenChunks * BULK_SHARE >= chunks;
  }

  /** Merges {@code index} after a run that wrote {@code writtenChunks} chunks, if it was bulk. */
  void settle(LuceneIndex index, int writtenChunks, int chunks) {
    if (index.readOnly()) {
      return;
    }
    int present = index.segmentCount();
    if (!merges(writtenChunks, chunks, present)) {
      return;
    }
    LOG.info(
        "Merging the index's {} segments into {} for faster vector search ({} of its {} chunks"
            + " were just written; about 10 minutes a million chunks on two cores)",
        present,
        segments,
        writtenChunks,
        chunks);
    long started = System.nanoTime();
    index.mergeInto(segments);
    LOG.info(
        "Merged the index into {} segments in {} s",
        index.segmentCount(),
        (System.nanoTime() - started) / 1_000_000_000);
  }
}
