package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopKnnCollector;

/**
 * The HNSW search of a whole index with each segment's graph walked on a queue of its own, sized by
 * the segment's share of the index, as Lucene 10's optimistic kNN search sizes it: the number of
 * the best candidates a segment of that share is expected to hold plus {@link #LAMBDA} standard
 * deviations, never more than all of them. A segment whose whole queue still ranks among the best
 * candidates of all may hold more (a small new segment holding one episode asked about), so it is
 * walked again on the full queue. A queue of the full size on every segment, as before, walked the
 * ten segments of 16k chunks of the million-chunk bench index as far as the six of 166k: 15,437
 * graph nodes a query against 7153 sized by share, for recall@10 0.969 against 0.959 (a scratch
 * harness over that index, 100 bench questions; see src/docs/performance.md, "Toward a million
 * chunks"). An index of one segment is searched exactly as before.
 */
final class SegmentQueues {

  /** Lucene's {@code AbstractKnnVectorQuery.LAMBDA}: how far past its expected share to walk. */
  static final double LAMBDA = 16;

  private SegmentQueues() {}

  /**
   * The queue for a segment of {@code segmentDocs} of the index's {@code indexDocs} documents when
   * {@code candidates} are wanted of the whole index.
   */
  static int queue(int candidates, int segmentDocs, int indexDocs) {
    double share = indexDocs == 0 ? 1 : Math.min(1, segmentDocs / (double) indexDocs);
    double expected = candidates * share;
    double spread = LAMBDA * Math.sqrt(expected * (1 - share));
    return (int) Math.min(candidates, Math.max(1, expected + spread));
  }

  /**
   * The {@code candidates} live documents whose vectors in {@code field} score best against {@code
   * target} in the segments' graphs, best first (ties by document), top-level document numbers and
   * Lucene's graph scores. Segments are walked on {@code searcher}'s executor.
   */
  static ScoreDoc[] nearest(IndexSearcher searcher, String field, byte[] target, int candidates)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null && info.getVectorDimension() > 0) {
        leaves.add(leaf);
      }
    }
    int[] queues = new int[leaves.size()];
    List<Callable<ScoreDoc[]>> walks = new ArrayList<>(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      int queue = queue(candidates, leaf.reader().maxDoc(), reader.maxDoc());
      queues[i] = queue;
      walks.add(() -> walk(leaf, field, target, queue));
    }
    List<ScoreDoc[]> found = new ArrayList<>(searcher.getTaskExecutor().invokeAll(walks));
    float last = lowestKept(found, candidates);
    for (int i = 0; i < leaves.size(); i++) {
      ScoreDoc[] hits = found.get(i);
      if (queues[i] < candidates
          && hits.length == queues[i]
          && hits[hits.length - 1].score >= last) {
        found.set(i, walk(leaves.get(i), field, target, candidates));
      }
    }
    List<ScoreDoc> all = new ArrayList<>();
    found.forEach(hits -> all.addAll(List.of(hits)));
    all.sort(Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
    return all.subList(0, Math.min(candidates, all.size())).toArray(new ScoreDoc[0]);
  }

  /** One segment's graph walked on a queue of {@code queue}; top-level documents, best first. */
  private static ScoreDoc[] walk(LeafReaderContext leaf, String field, byte[] target, int queue)
      throws IOException {
    LeafReader reader = leaf.reader();
    TopKnnCollector collector = new TopKnnCollector(queue, Integer.MAX_VALUE);
    reader.searchNearestVectors(field, target, collector, reader.getLiveDocs());
    ScoreDoc[] hits = collector.topDocs().scoreDocs;
    for (ScoreDoc hit : hits) {
      hit.doc += leaf.docBase;
    }
    return hits;
  }

  /** The score of the {@code candidates}-th best of all hits; none is kept below it. */
  private static float lowestKept(List<ScoreDoc[]> found, int candidates) {
    List<Float> scores = new ArrayList<>();
    found.forEach(hits -> List.of(hits).forEach(h -> scores.add(h.score)));
    if (scores.size() < candidates) {
      return Float.NEGATIVE_INFINITY;
    }
    scores.sort(Comparator.reverseOrder());
    return scores.get(candidates - 1);
  }
}
