package dev.podcastqa.index.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.hnsw.FlatVectorsReader;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.hnsw.RandomVectorScorer;

/**
 * A segment's flat vectors without a graph ({@link SmallSegmentWriter} writes small segments so),
 * searched by scoring every vector, as Lucene's HNSW reader does when a segment holds no more
 * vectors than asked for: the same scorer, the same collector calls, so the results are exact.
 */
final class ScannedVectorsReader extends KnnVectorsReader {

  private final FlatVectorsReader flat;

  ScannedVectorsReader(FlatVectorsReader flat) {
    this.flat = flat;
  }

  @Override
  public void checkIntegrity() throws IOException {
    flat.checkIntegrity();
  }

  @Override
  public FloatVectorValues getFloatVectorValues(String field) throws IOException {
    return flat.getFloatVectorValues(field);
  }

  @Override
  public ByteVectorValues getByteVectorValues(String field) throws IOException {
    return flat.getByteVectorValues(field);
  }

  @Override
  public void search(String field, float[] target, KnnCollector collector, Bits acceptDocs)
      throws IOException {
    scan(flat.getRandomVectorScorer(field, target), collector, acceptDocs);
  }

  @Override
  public void search(String field, byte[] target, KnnCollector collector, Bits acceptDocs)
      throws IOException {
    scan(flat.getRandomVectorScorer(field, target), collector, acceptDocs);
  }

  private static void scan(RandomVectorScorer scorer, KnnCollector collector, Bits acceptDocs)
      throws IOException {
    if (scorer == null || collector.k() == 0) {
      return;
    }
    Bits accepted = scorer.getAcceptOrds(acceptDocs);
    for (int ord = 0; ord < scorer.maxOrd(); ord++) {
      if (accepted == null || accepted.get(ord)) {
        if (collector.earlyTerminated()) {
          return;
        }
        collector.incVisitedCount(1);
        collector.collect(scorer.ordToDoc(ord), scorer.score(ord));
      }
    }
  }

  @Override
  public void close() throws IOException {
    flat.close();
  }

  @Override
  public long ramBytesUsed() {
    return flat.ramBytesUsed();
  }
}
