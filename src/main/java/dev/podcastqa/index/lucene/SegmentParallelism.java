package dev.podcastqa.index.lucene;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches the index's segments on every core at once for one question. Lucene splits a search into
 * slices of segments and the calling thread works through them beside this pool's threads (one
 * fewer than the cores), so a lone request uses the whole machine and many requests at once only
 * share out the same work; on one core nothing changes.
 */
final class SegmentParallelism implements AutoCloseable {

  private final ExecutorService pool;

  private SegmentParallelism(ExecutorService pool) {
    this.pool = pool;
  }

  /** Helper threads for {@code cores} cores: none on one core. */
  static SegmentParallelism forCores(int cores) {
    if (cores < 2) {
      return new SegmentParallelism(null);
    }
    AtomicInteger counter = new AtomicInteger();
    return new SegmentParallelism(
        Executors.newFixedThreadPool(
            cores - 1,
            task -> {
              Thread thread = new Thread(task, "search-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }));
  }

  /** {@code searcher}'s reader, searched slice by slice on the pool's threads and the caller's. */
  IndexSearcher over(IndexSearcher searcher) {
    if (pool == null) {
      return searcher;
    }
    IndexSearcher parallel = new IndexSearcher(searcher.getIndexReader(), pool);
    parallel.setSimilarity(searcher.getSimilarity());
    parallel.setQueryCache(searcher.getQueryCache());
    parallel.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
    return parallel;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
