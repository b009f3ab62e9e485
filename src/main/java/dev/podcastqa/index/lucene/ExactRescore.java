package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;

/**
 * Scores the candidates of a graph search again on their float vectors, so the order and the cosine
 * returned are exact whatever precision the graph searched at (int8 in {@link
 * QuantizedVectorFormat}).
 */
final class ExactRescore {

  private ExactRescore() {}

  /**
   * {@code hits} rescored against {@code unitQuery} with Lucene's score for a dot product, best
   * first (ties by document), as new objects; the given array is left as it is.
   */
  static ScoreDoc[] rescore(IndexReader reader, float[] unitQuery, ScoreDoc[] hits)
      throws IOException {
    ScoreDoc[] byDoc = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = new ScoreDoc(hits[i].doc, hits[i].score);
    }
    // A leaf's vectors are read forward only, so candidates are visited in document order.
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    DotProductScorer scorer = DotProductScorer.best();
    int leafIndex = -1;
    FloatVectorValues values = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc hit : byDoc) {
      int sub = ReaderUtil.subIndex(hit.doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        values = leaf.reader().getFloatVectorValues(LuceneDocs.VECTOR);
      }
      int target = hit.doc - leaf.docBase;
      if (values != null && values.advance(target) == target) {
        hit.score = scorer.similarity(unitQuery, values.vectorValue());
      }
    }
    Arrays.sort(
        byDoc, Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
    return byDoc;
  }
}
