package dev.podcastqa.bench;

import dev.podcastqa.app.Pipeline;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.index.lucene.ExactVectorScan;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import dev.podcastqa.retrieve.HybridRetriever;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times dense, BM25 and hybrid search one query at a time after a warm-up, and measures recall@10
 * of dense search on a sample of the queries against an exact scan: of the float vectors when a
 * synthetic build kept them ({@link FloatVectorFile}), with the error of the cosines dense search
 * returned; else of the vectors the index stores.
 */
final class SearchMeasure {

  static final int RECALL_K = 10;

  /** Lucene keeps scores as floats; similarities closer than this are the same. */
  private static final double TIE_TOLERANCE = 1e-5;

  private static final int WARM_UP = 200;

  private static final Logger LOG = LoggerFactory.getLogger(SearchMeasure.class);

  private final int recallQueries;
  private final Path floatVectors;

  /**
   * @param floatVectors the float vectors of a synthetic build; recall is measured against the
   *     index's own vectors when the file is absent or holds another number of chunks
   */
  SearchMeasure(int recallQueries, Path floatVectors) {
    this.recallQueries = recallQueries;
    this.floatVectors = floatVectors;
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
        recall.byId(),
        recall.against(),
        recall.errorMax(),
        recall.errorMean());
  }

  /**
   * Recall@10 of dense search for 10 against the exact scan, two ways: the share of results whose
   * exact cosine is at least the exact tenth best (so a chunk tied with one of the exact ten
   * counts, as either is a right answer), and the share of the exact ten chunk ids found; and how
   * far the cosines returned are from the exact ones.
   */
  private Recall recall(ChunkStore store, List<float[]> queries) {
    if (!(store instanceof LuceneChunkStore lucene)) {
      // The exact scan reads Lucene's vector files; another store's recall is not measured.
      return new Recall(Double.NaN, Double.NaN, "", Double.NaN, Double.NaN);
    }
    List<List<ScoredChunk>> found = new ArrayList<>();
    List<Set<String>> foundIds = new ArrayList<>();
    for (float[] query : queries) {
      List<ScoredChunk> hits = store.dense(query, RECALL_K, SearchFilter.NONE);
      found.add(hits);
      Set<String> ids = new HashSet<>();
      hits.forEach(hit -> ids.add(hit.chunk().id()));
      foundIds.add(ids);
    }
    boolean floats = holdsEveryChunk(store);
    List<FloatVectorFile.Truth> truths =
        floats
            ? FloatVectorFile.scan(floatVectors, queries, RECALL_K, foundIds)
            : storedTruth(lucene, queries, found);
    double byScore = 0;
    double byId = 0;
    double errorSum = 0;
    double errorMax = 0;
    int expected = 0;
    int returned = 0;
    for (int i = 0; i < queries.size(); i++) {
      List<ExactVectorScan.Neighbour> truth = truths.get(i).nearest();
      if (truth.isEmpty()) {
        continue;
      }
      double tenth = truth.get(truth.size() - 1).cosine();
      Set<String> ids = new HashSet<>();
      truth.forEach(n -> ids.add(n.chunkId()));
      for (ScoredChunk hit : found.get(i)) {
        double exact = truths.get(i).cosines().getOrDefault(hit.chunk().id(), hit.score());
        byScore += exact >= tenth - TIE_TOLERANCE ? 1 : 0;
        byId += ids.contains(hit.chunk().id()) ? 1 : 0;
        double error = Math.abs(hit.score() - exact);
        errorSum += error;
        errorMax = Math.max(errorMax, error);
        returned++;
      }
      expected += truth.size();
    }
    if (expected == 0) {
      return new Recall(1, 1, "", Double.NaN, Double.NaN);
    }
    return new Recall(
        round(Math.min(1, byScore / expected)),
        round(byId / expected),
        floats ? "float vectors" : "stored vectors",
        floats ? errorMax : Double.NaN,
        floats && returned > 0 ? errorSum / returned : Double.NaN);
  }

  /** Whether the float vectors file holds as many vectors as the store holds chunks. */
  private boolean holdsEveryChunk(ChunkStore store) {
    if (!Files.isRegularFile(floatVectors)) {
      return false;
    }
    int kept = FloatVectorFile.count(floatVectors);
    if (kept != store.chunkCount()) {
      LOG.warn(
          "{} holds {} vectors for {} chunks; measuring recall against the stored vectors",
          floatVectors,
          kept,
          store.chunkCount());
      return false;
    }
    return true;
  }

  /** The exact scan of the index's own vectors; a returned score is its own exact cosine. */
  private static List<FloatVectorFile.Truth> storedTruth(
      LuceneChunkStore lucene, List<float[]> queries, List<List<ScoredChunk>> found) {
    List<List<ExactVectorScan.Neighbour>> exact =
        new ExactVectorScan(lucene).nearest(queries, RECALL_K);
    List<FloatVectorFile.Truth> truths = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      Map<String, Double> cosines = new HashMap<>();
      found.get(i).forEach(hit -> cosines.put(hit.chunk().id(), hit.score()));
      truths.add(new FloatVectorFile.Truth(exact.get(i), cosines));
    }
    return truths;
  }

  private static double round(double value) {
    return Math.round(10000 * value) / 10000.0;
  }

  /**
   * Recall@10 counting ties as found, and counting chunk ids only; what it was measured against;
   * the largest and mean distance of a returned cosine from the exact one (NaN when not measured).
   */
  private record Recall(
      double byScore, double byId, String against, double errorMax, double errorMean) {}

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
