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
    HybridRetriever retriever = new HybridRetriever(pipeline.embedder(), store);
    Latencies retrieve =
        time(questions.size(), i -> retriever.retrieve(questions.get(i), SearchFilter.NONE, 12));
    List<float[]> sample = vectors.subList(0, Math.min(recallQueries, vectors.size()));
    return new SearchFigures(
        questions.size(),
        k,
        embedding,
        dense,
        lexical,
        retrieve,
        sample.size(),
        recall(store, sample));
  }

  /** Mean share of the exact top 10 that dense search for 10 finds. */
  private static double recall(ChunkStore store, List<float[]> queries) {
    if (!(store instanceof LuceneChunkStore lucene)) {
      throw new IllegalStateException("recall is measured on the Lucene store only");
    }
    List<List<String>> exact = new ExactVectorScan(lucene).nearest(queries, RECALL_K);
    double found = 0;
    int expected = 0;
    for (int i = 0; i < queries.size(); i++) {
      Set<String> approximate = new HashSet<>();
      for (ScoredChunk hit : store.dense(queries.get(i), RECALL_K, SearchFilter.NONE)) {
        approximate.add(hit.chunk().id());
      }
      expected += exact.get(i).size();
      found += exact.get(i).stream().filter(approximate::contains).count();
    }
    return expected == 0 ? 1 : Math.round(10000 * found / expected) / 10000.0;
  }

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
