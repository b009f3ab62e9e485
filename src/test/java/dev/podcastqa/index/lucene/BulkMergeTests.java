package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.testing.LogCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkMergeTests {

  private static final int DIMENSION = 384;
  private static final int EPISODES = 10;
  private static final int CHUNKS_PER_EPISODE = 300;

  @TempDir Path temp;

  /** Clusters of noisy copies of a few hundred directions, as the bench's synthetic vectors. */
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

  /** Writes the episodes, committing after each one so every episode is a segment of its own. */
  private static Map<String, float[]> build(
      LuceneChunkStore store, List<float[]> bases, int chunksPerEpisode) {
    Random random = new Random(7);
    Map<String, float[]> all = new LinkedHashMap<>();
    for (int e = 0; e < EPISODES; e++) {
      String id = "ep" + e;
      List<Chunk> chunks = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (int i = 0; i < chunksPerEpisode; i++) {
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

  /** The share of the exact ten nearest (by float cosine) that dense search returns. */
  private static double recallAt10(
      LuceneChunkStore store, Map<String, float[]> vectors, List<float[]> queries) {
    int found = 0;
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
    return found / (10.0 * queries.size());
  }

  @Test
  void aBulkWriteIsMergedIntoOneSegmentAndDenseSearchStillFindsTheExactNearest() {
    Random random = new Random(3);
    List<float[]> bases = bases(random, 150);
    List<float[]> queries = new ArrayList<>();
    for (int q = 0; q < 40; q++) {
      queries.add(near(bases.get(random.nextInt(bases.size())), random));
    }
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM, 1);
        LogCapture log = new LogCapture(BulkMerge.class)) {
      Map<String, float[]> vectors = build(store, bases, CHUNKS_PER_EPISODE);
      // Lucene's merge policy may already have joined a few of the 16 segments.
      int written = store.index().segmentCount();
      assertThat(written).isGreaterThan(1);
      double before = recallAt10(store, vectors, queries);

      store.settle(vectors.size());

      assertThat(store.index().segmentCount()).isEqualTo(1);
      assertThat(store.chunkCount()).isEqualTo(EPISODES * CHUNKS_PER_EPISODE);
      assertThat(String.join("\n", log.lines(Level.INFO)))
          .contains("Merging the index's " + written + " segments into 1");
      double after = recallAt10(store, vectors, queries);
      assertThat(after).isGreaterThanOrEqualTo(0.95).isGreaterThanOrEqualTo(before - 0.01);
    }
    // The merge was committed: the index opens again as one segment.
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM, 1)) {
      assertThat(store.index().segmentCount()).isEqualTo(1);
    }
  }

  @Test
  void aSmallRunLeavesTheSegmentsToLucene() {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM, 1);
        LogCapture log = new LogCapture(BulkMerge.class)) {
      Map<String, float[]> vectors = build(store, bases(new Random(4), 20), 25);
      store.settle(vectors.size() / BulkMerge.BULK_SHARE - 1);
      assertThat(store.index().segmentCount()).isGreaterThan(1);
      assertThat(log.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void zeroSegmentsNeverMerges() {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM, 0);
        LogCapture log = new LogCapture(BulkMerge.class)) {
      Map<String, float[]> vectors = build(store, bases(new Random(5), 20), 25);
      store.settle(vectors.size());
      assertThat(store.index().segmentCount()).isGreaterThan(1);
      assertThat(log.lines(Level.INFO)).isEmpty();
    }
  }

  @Test
  void aBulkRunMergesOnlyWhenTheIndexHasMoreSegmentsThanAsked() {
    BulkMerge intoTwo = new BulkMerge(2);
    assertThat(intoTwo.merges(250_000, 1_000_000, 18)).isTrue();
    assertThat(intoTwo.merges(249_999, 1_000_000, 18)).isFalse();
    assertThat(intoTwo.merges(1_000_000, 1_000_000, 2)).isFalse();
    assertThat(intoTwo.merges(0, 0, 3)).isFalse();
    assertThat(new BulkMerge(0).merges(1_000_000, 1_000_000, 18)).isFalse();
    assertThatThrownBy(() -> new BulkMerge(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 or more");
  }
}
