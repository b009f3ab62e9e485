package dev.podcastqa.index.lucene;

import dev.podcastqa.index.ChunkSegments;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Brute-force nearest neighbours over every vector in a {@link LuceneChunkStore}, scored as dense
 * search rescores (the float query against the stored bytes): the exact answer that approximate
 * (HNSW) dense search over the same vectors is measured against. It reads each stored vector once
 * for all queries, so it needs no memory beyond the results.
 */
public final class ExactVectorScan {

  private final LuceneIndex index;

  public ExactVectorScan(LuceneChunkStore store) {
    this.index = store.index();
  }

  /** A chunk found by the scan and its cosine similarity to the query. */
  public record Neighbour(String chunkId, double cosine) {}

  /** For each query, its {@code k} nearest chunks by cosine similarity, best first. */
  public List<List<Neighbour>> nearest(List<float[]> queries, int k) {
    List<float[]> units = queries.stream().map(LuceneDocs::unit).toList();
    return index.withSearcher(
        searcher -> {
          List<PriorityQueue<Hit>> best = new ArrayList<>();
          units.forEach(q -> best.add(new PriorityQueue<>()));
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            scan(leaf, units, best, k);
          }
          List<List<Neighbour>> found = new ArrayList<>();
          for (PriorityQueue<Hit> hits : best) {
            found.add(neighbours(searcher, hits));
          }
          return found;
        });
  }

  private static void scan(
      LeafReaderContext leaf, List<float[]> queries, List<PriorityQueue<Hit>> best, int k)
      throws java.io.IOException {
    ByteVectorValues values = leaf.reader().getByteVectorValues(LuceneDocs.VECTOR);
    if (values == null) {
      return;
    }
    Bits live = leaf.reader().getLiveDocs();
    DotProductScorer scorer = DotProductScorer.best();
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      float[] vector = Int8Vectors.unit(values.vectorValue());
      for (int q = 0; q < queries.size(); q++) {
        float score = scorer.dot(queries.get(q), vector);
        PriorityQueue<Hit> hits = best.get(q);
        if (hits.size() < k) {
          hits.add(new Hit(score, leaf.docBase + doc));
        } else if (score > hits.peek().score()) {
          hits.poll();
          hits.add(new Hit(score, leaf.docBase + doc));
        }
      }
    }
  }

  private static List<Neighbour> neighbours(IndexSearcher searcher, PriorityQueue<Hit> hits)
      throws java.io.IOException {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort((a, b) -> Float.compare(b.score(), a.score()));
    var stored = searcher.storedFields();
    List<Neighbour> found = new ArrayList<>();
    for (Hit hit : sorted) {
      found.add(new Neighbour(stored.document(hit.doc()).get(ChunkSegments.CHUNK_ID), hit.score()));
    }
    return found;
  }

  /** A document and its score; the queue keeps the worst of the best on top. */
  private record Hit(float score, int doc) implements Comparable<Hit> {
    @Override
    public int compareTo(Hit other) {
      return Float.compare(score, other.score);
    }
  }
}
