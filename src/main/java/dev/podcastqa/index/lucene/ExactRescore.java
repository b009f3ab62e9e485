package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ScoreDoc;

/**
 * Scores the candidates of a graph search again against the float query, so the order and the
 * cosine returned lose only the rounding of the stored side ({@link Int8Vectors}): the graph
 * compares the query rounded to bytes too, which doubles the error.
 */
final class ExactRescore {

  private ExactRescore() {}

  /**
   * {@code hits} rescored against {@code unitQuery}, each score the cosine of the query to the
   * stored vector (-1 to 1, not Lucene's 0 to 1 score), best first (ties by document), as new
   * objects; the given array is left as it is.
   */
  static ScoreDoc[] rescore(IndexReader reader, float[] unitQuery, ScoreDoc[] hits)
      throws IOException {
    ScoreDoc[] byDoc = new ScoreDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      // A graph score s of Lucene's is (1 + cosine) / 2; kept as a cosine if a vector is missing.
      byDoc[i] = new ScoreDoc(hits[i].doc, 2 * hits[i].score - 1);
    }
    // A leaf's vectors are read forward only, so candidates are visited in document order.
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    DotProductScorer scorer = DotProductScorer.best();
    int leafIndex = -1;
    ByteVectorValues values = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc hit : byDoc) {
      int sub = ReaderUtil.subIndex(hit.doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        values = leaf.reader().getByteVectorValues(LuceneDocs.VECTOR);
      }
      int target = hit.doc - leaf.docBase;
      if (values != null && values.advance(target) == target) {
        hit.score = scorer.cosine(unitQuery, values.vectorValue());
      }
    }
    Arrays.sort(
        byDoc, Comparator.comparingDouble((ScoreDoc h) -> -h.score).thenComparingInt(h -> h.doc));
    return byDoc;
  }
}
