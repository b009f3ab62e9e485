package dev.podcastqa.index.lucene;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.search.knn.KnnCollectorManager;

/**
 * Lucene's HNSW search of byte vectors with each segment's graph walked on a queue of its own.
 * Lucene's default shares the best scores found so far across segments and stops a segment's walk
 * once it cannot beat them; over a million clustered vectors in 18 segments that lost recall@10
 * (0.926, against 0.969 with a queue of 100 per segment; see src/docs/performance.md, "Toward a
 * million chunks"), as a segment's walk is cut before it reaches its own part of the true nearest.
 * Used for searches within a filter; a search of every chunk sizes each queue by the segment's
 * share of the index ({@link SegmentQueues}).
 */
final class SegmentKnnQuery extends KnnByteVectorQuery {

  /**
   * @param filter the documents searched, or null for every document with a vector
   */
  SegmentKnnQuery(String field, byte[] target, int candidates, Query filter) {
    super(field, target, candidates, filter);
  }

  @Override
  protected KnnCollectorManager getKnnCollectorManager(int k, IndexSearcher searcher) {
    return (visitedLimit, context) -> new TopKnnCollector(k, visitedLimit);
  }
}
