package dev.podcastqa.bench;

import dev.podcastqa.app.Pipeline;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.index.lucene.ExactVectorScan;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.retrieve.HybridRetriever;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Times dense, BM25 and hybrid search one query at a time after a warm-up, and measures recall@10
 * of dense search against an exact scan of the same vectors on a sample of the queries.
 */
final class SearchMeasure {

  static final int RECALL_K = 10;

  /** Lucene keeps scores as floats; similarities closer than this are the same. */
  private static final double TIE_TOLERANCE = 1e-5;

  private static final int WARM_UP = 200;

  private final int recallQueries;

  SearchMeasure(int recallQueries) {
    this.recallQueries = recallQueries;
  }

  SearchFigures measure(Pipeline pipeline, List<String> questions) {
    ChunkStore store = pipeline.store();
    int k = HybridRetriever.CANDIDATES;
    List<float[]> vectors = new ArrayList<>();
    Latencies embedding =
        time(questions.size(), i -> vectors.add(pipeline.embedder().embedQuery(questions.get(i))));
    warmUp(questions.size(), i -> store.dense(vectors.get(i), k, SearchFilter.NONE));
    Latencies dense =
        time(questions.size(), i -> store.dense(vectors.get(i), k, SearchFilter.NONE));
    warmUp(questions.size(), i -> store.lexical(questions.get(i), k, SearchFilter.NONE));
    Latencies lexical =
        time(questions.size(), i -> store.lexical(questions.get(i), k, SearchFilter.NONE));
    HybridRetriever retriever = pipeline.retriever();
    Latencies retrieve =
        time(questions.size(), i -> retriever.retrieve(questions.get(i), SearchFilter.NONE, 12));
    List<float[]> sample = vectors.subList(0, Math.min(recallQueries, vectors.size()));
    Recall recall = recall(store, sample);
    return new SearchFigures(
        questions.size(),
        k,
        embedding,
        dense,
        lexical,
        retrieve,
        sample.size(),
        recall.byScore(),
        recall.byId());
  }

  /**
   * Recall@10 of dense search for 10 against the exact scan, two ways: the share of results whose
   * cosine is at least the exact tenth best (so a chunk tied with one of the exact ten counts, as
   * either is a right answer), and the share of the exact ten chunk ids found.
   */
  private static Recall recall(ChunkStore store, List<float[]> queries) {
    if (!(store instanceof LuceneChunkStore lucene)) {
      // The exact scan reads Lucene's vector files; another store's recall is not measured.
      return new Recall(Double.NaN, Double.NaN);
    }
    List<List<ExactVectorScan.Neighbour>> exact =
        new ExactVectorScan(lucene).nearest(queries, RECALL_K);
    double byScore = 0;
    double byId = 0;
    int expected = 0;
    for (int i = 0; i < queries.size(); i++) {
      List<ExactVectorScan.Neighbour> truth = exact.get(i);
      if (truth.isEmpty()) {
        continue;
      }
      double tenth = truth.get(truth.size() - 1).cosine();
      Set<String> ids = new HashSet<>();
      truth.forEach(n -> ids.add(n.chunkId()));
      for (ScoredChunk hit : store.dense(queries.get(i), RECALL_K, SearchFilter.NONE)) {
        byScore += hit.score() >= tenth - TIE_TOLERANCE ? 1 : 0;
        byId += ids.contains(hit.chunk().id()) ? 1 : 0;
      }
      expected += truth.size();
    }
    return expected == 0
        ? new Recall(1, 1)
        : new Recall(round(Math.min(1, byScore / expected)), round(byId / expected));
  }

  private static double round(double value) {
    return Math.round(10000 * value) / 10000.0;
  }

  /** Recall@10 counting ties as found, and counting chunk ids only. */
  private record Recall(double byScore, double byId) {}

  private static void warmUp(int count, IntConsumer call) {
    for (int i = 0; i < Math.min(WARM_UP, count); i++) {
      call.accept(i);
    }
  }

  private static Latencies time(int count, IntConsumer call) {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long started = System.nanoTime();
      call.accept(i);
      nanos[i] = System.nanoTime() - started;
    }
    return Latencies.ofNanos(nanos);
  }
}
