package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments of at most {@link VectorFormat#GRAPH_FROM} vectors are written without an HNSW graph and
 * searched by scanning each vector; larger ones, flushed or merged, keep their graph.
 */
class SmallSegmentTests {

  private static final int DIMENSION = 384;

  @TempDir Path temp;

  private final Random random = new Random(11);
  private final List<float[]> bases = bases(40);

  @Test
  void anEpisodeAddedLiveIsWrittenWithoutAGraphAndSearchedExactly() {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      Map<String, float[]> vectors = new LinkedHashMap<>();
      for (int e = 0; e < 6; e++) {
        vectors.putAll(putEpisode(store, "ep" + e, 72));
      }
      assertThat(graphs(store)).hasSize(6).containsOnly(false);
      for (int q = 0; q < 30; q++) {
        float[] query = near(bases.get(random.nextInt(bases.size())));
        List<String> found =
            store.dense(query, 10, SearchFilter.NONE).stream()
                .map(hit -> hit.chunk().id())
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(exact(vectors, query, 10));
      }
    }
  }

  @Test
  void aSegmentOfMoreVectorsKeepsItsGraphAndMergesChooseBySize() throws IOException {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      putEpisode(store, "long", VectorFormat.GRAPH_FROM + 1);
      putEpisode(store, "short", 72);
      assertThat(graphs(store)).containsExactly(true, false);

      putEpisode(store, "other", 72);
      store.index().writer().forceMerge(1);
      store.index().refresh();
      assertThat(graphs(store)).containsExactly(true);
      float[] query = near(bases.get(0));
      assertThat(store.dense(query, 5, SearchFilter.NONE)).hasSize(5);
    }
    try (LuceneChunkStore store =
        LuceneChunkStore.open(temp.resolve("small"), EmbeddingChoice.MINILM)) {
      Map<String, float[]> vectors = new LinkedHashMap<>();
      for (int e = 0; e < 3; e++) {
        vectors.putAll(putEpisode(store, "ep" + e, 72));
      }
      store.index().writer().forceMerge(1);
      store.index().refresh();
      assertThat(graphs(store)).containsExactly(false);
      float[] query = near(bases.get(1));
      assertThat(store.dense(query, 10, SearchFilter.NONE))
          .extracting(hit -> hit.chunk().id())
          .containsExactlyInAnyOrderElementsOf(exact(vectors, query, 10));
    }
  }

  /** For each segment, in order, whether it was written with an HNSW graph. */
  private static List<Boolean> graphs(LuceneChunkStore store) {
    return store
        .index()
        .withSearcher(
            searcher -> {
              List<Boolean> graphs = new ArrayList<>();
              for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                graphs.add(
                    ((SegmentReader) leaf.reader())
                        .getSegmentInfo().files().stream().anyMatch(f -> f.endsWith(".vem")));
              }
              return graphs;
            });
  }

  private Map<String, float[]> putEpisode(LuceneChunkStore store, String id, int chunks) {
    Map<String, float[]> written = new LinkedHashMap<>();
    List<Chunk> list = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      Chunk chunk =
          new Chunk(id + "/" + i, id, ChunkKind.TRANSCRIPT, i * 60, null, null, "", "t", null);
      float[] v = near(bases.get(random.nextInt(bases.size())));
      list.add(chunk);
      vectors.add(v);
      written.put(chunk.id(), v);
    }
    store.putEpisode(new EpisodeFacts(id, "Title " + id, "Pod", null), "h" + id, list, vectors);
    store.commit();
    return written;
  }

  /**
   * The ids of the {@code k} vectors as stored (int8) nearest {@code query}, as dense search
   * rescores them.
   */
  private static List<String> exact(Map<String, float[]> vectors, float[] query, int k) {
    float[] unit = LuceneDocs.unit(query);
    return vectors.entrySet().stream()
        .sorted(
            Comparator.comparingDouble(
                (Map.Entry<String, float[]> e) ->
                    -VectorUtil.dotProduct(
                        unit, Int8Vectors.unit(Int8Vectors.quantize(e.getValue())))))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }

  private List<float[]> bases(int count) {
    List<float[]> made = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      float[] v = new float[DIMENSION];
      for (int i = 0; i < DIMENSION; i++) {
        v[i] = (float) random.nextGaussian();
      }
      made.add(LuceneDocs.unit(v));
    }
    return made;
  }

  /** A noisy copy of {@code base} (cosine about 0.86), as the bench's synthetic vectors. */
  private float[] near(float[] base) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = base[i] + (float) (0.03 * random.nextGaussian());
    }
    return LuceneDocs.unit(v);
  }
}
