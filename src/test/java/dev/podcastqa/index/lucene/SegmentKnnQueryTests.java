package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopKnnCollector;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentKnnQueryTests {

  private static final int DIMENSION = 384;
  private static final int EPISODES = 8;
  private static final int CHUNKS_PER_EPISODE = 300;

  @TempDir Path temp;

  /**
   * A noisy copy of {@code base}, as the bench's synthetic vectors are made (cosine about 0.86).
   */
  private static float[] near(float[] base, Random random) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = base[i] + (float) (0.03 * random.nextGaussian());
    }
    return LuceneDocs.unit(v);
  }

  private static List<float[]> bases(Random random, int count) {
    List<float[]> bases = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      float[] v = new float[DIMENSION];
      for (int i = 0; i < DIMENSION; i++) {
        v[i] = (float) random.nextGaussian();
      }
      bases.add(LuceneDocs.unit(v));
    }
    return bases;
  }

  /** Clustered chunks, one commit (so one segment, unless Lucene merges) per episode. */
  private static Map<String, float[]> build(LuceneChunkStore store, List<float[]> bases) {
    Random random = new Random(7);
    Map<String, float[]> all = new LinkedHashMap<>();
    for (int e = 0; e < EPISODES; e++) {
      String id = "ep" + e;
      List<Chunk> chunks = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (int i = 0; i < CHUNKS_PER_EPISODE; i++) {
        Chunk chunk =
            new Chunk(id + "/" + i, id, ChunkKind.TRANSCRIPT, i * 60, null, null, "", "t", null);
        float[] v = near(bases.get(random.nextInt(bases.size())), random);
        chunks.add(chunk);
        vectors.add(v);
        all.put(chunk.id(), v);
      }
      store.putEpisode(new EpisodeFacts(id, "Title " + id, "Pod", null), "h" + id, chunks, vectors);
      store.commit();
    }
    return all;
  }

  private static List<float[]> queries(List<float[]> bases, Random random, int count) {
    List<float[]> queries = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      queries.add(near(bases.get(random.nextInt(bases.size())), random));
    }
    return queries;
  }

  @Test
  void denseSearchFindsTheExactTenNearestOverManySegments() {
    Random random = new Random(3);
    List<float[]> bases = bases(random, 120);
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      Map<String, float[]> vectors = build(store, bases);
      int segments = store.index().withSearcher(s -> s.getIndexReader().leaves().size());
      assertThat(segments).isGreaterThan(1);
      int found = 0;
      List<float[]> queries = queries(bases, random, 40);
      for (float[] query : queries) {
        Set<String> exact = new HashSet<>();
        vectors.entrySet().stream()
            .sorted(
                Comparator.comparingDouble(
                    (Map.Entry<String, float[]> e) -> -VectorUtil.dotProduct(query, e.getValue())))
            .limit(10)
            .forEach(e -> exact.add(e.getKey()));
        for (ScoredChunk hit : store.dense(query, 10, SearchFilter.NONE)) {
          found += exact.contains(hit.chunk().id()) ? 1 : 0;
        }
      }
      assertThat(found / (10.0 * queries.size())).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void eachSegmentIsWalkedOnAQueueOfItsOwn() throws IOException {
    Random random = new Random(4);
    List<float[]> bases = bases(random, 60);
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      build(store, bases);
      for (float[] query : queries(bases, random, 10)) {
        byte[] target = Int8Vectors.quantize(query);
        List<ScoreDoc> expected =
            store
                .index()
                .withSearcher(
                    searcher -> {
                      // Each segment searched alone with the full queue, then the best of all.
                      List<ScoreDoc> all = new ArrayList<>();
                      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                        LeafReader reader = leaf.reader();
                        TopKnnCollector alone = new TopKnnCollector(20, Integer.MAX_VALUE);
                        reader.searchNearestVectors(
                            LuceneDocs.VECTOR, target, alone, reader.getLiveDocs());
                        for (ScoreDoc hit : alone.topDocs().scoreDocs) {
                          all.add(new ScoreDoc(hit.doc + leaf.docBase, hit.score));
                        }
                      }
                      all.sort(
                          Comparator.comparingDouble((ScoreDoc h) -> -h.score)
                              .thenComparingInt(h -> h.doc));
                      return all.subList(0, 20);
                    });
        ScoreDoc[] found =
            store
                .index()
                .withSearcher(
                    searcher ->
                        searcher.search(
                                new SegmentKnnQuery(LuceneDocs.VECTOR, target, 20, null), 20)
                            .scoreDocs);
        assertThat(found)
            .extracting(h -> h.doc)
            .containsExactlyElementsOf(expected.stream().map(h -> h.doc).toList());
      }
    }
  }
}
