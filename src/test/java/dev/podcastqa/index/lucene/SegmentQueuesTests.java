package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentQueuesTests {

  private static final int DIMENSION = 384;

  @TempDir Path temp;

  @Test
  void aSegmentsQueueFollowsItsShareOfTheIndex() {
    // The whole index: the full queue, nothing to add.
    assertThat(SegmentQueues.queue(100, 1000, 1000)).isEqualTo(100);
    // The million-chunk bench index: segments of 166k and of 16.6k chunks.
    assertThat(SegmentQueues.queue(100, 166_177, 1_003_901)).isEqualTo(76);
    assertThat(SegmentQueues.queue(100, 16_581, 1_003_901)).isEqualTo(22);
    // Never more than all candidates, never none.
    assertThat(SegmentQueues.queue(100, 600_000, 1_000_000)).isEqualTo(100);
    assertThat(SegmentQueues.queue(100, 1, 1_000_000_000)).isEqualTo(1);
    assertThat(SegmentQueues.queue(100, 0, 0)).isEqualTo(100);
  }

  @Test
  void oneSegmentIsSearchedAsOnAFullQueue() {
    Random random = new Random(5);
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      List<Chunk> chunks = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        chunks.add(chunk("ep", i));
        vectors.add(randomUnit(random));
      }
      put(store, "ep", chunks, vectors);
      store.commit();
      for (int q = 0; q < 20; q++) {
        byte[] target = Int8Vectors.quantize(randomUnit(random));
        ScoreDoc[][] both =
            store
                .index()
                .withSearcher(
                    searcher -> {
                      assertThat(searcher.getIndexReader().leaves()).hasSize(1);
                      ScoreDoc[] full =
                          searcher.search(
                                  new SegmentKnnQuery(LuceneDocs.VECTOR, target, 100, null), 100)
                              .scoreDocs;
                      return new ScoreDoc[][] {
                        full, SegmentQueues.nearest(searcher, LuceneDocs.VECTOR, target, 100)
                      };
                    });
        assertThat(both[1]).hasSize(100);
        for (int i = 0; i < 100; i++) {
          assertThat(both[1][i].doc).isEqualTo(both[0][i].doc);
          assertThat(both[1][i].score).isEqualTo(both[0][i].score);
        }
      }
    }
  }

  @Test
  void aSmallSegmentHoldingTheNearestIsWalkedAgainOnTheFullQueue() {
    Random random = new Random(6);
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      Map<String, float[]> all = new TreeMap<>();
      // Eight large segments of vectors far from the question.
      for (int e = 0; e < 8; e++) {
        List<Chunk> chunks = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
          chunks.add(chunk("old" + e, i));
          vectors.add(randomUnit(random));
        }
        put(store, "old" + e, chunks, vectors);
        store.commit();
        for (int i = 0; i < chunks.size(); i++) {
          all.put(chunks.get(i).id(), vectors.get(i));
        }
      }
      // Then one new episode, a segment of 2% of the index, every chunk of it near the question:
      // its share alone gives it a queue of 24, fewer than the 40 asked for.
      float[] question = randomUnit(random);
      List<Chunk> chunks = new ArrayList<>();
      List<float[]> vectors = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        chunks.add(chunk("new", i));
        vectors.add(near(question, random));
      }
      put(store, "new", chunks, vectors);
      store.commit();
      for (int i = 0; i < chunks.size(); i++) {
        all.put(chunks.get(i).id(), vectors.get(i));
      }
      int segments = store.index().withSearcher(s -> s.getIndexReader().leaves().size());
      // Nine segments (Lucene merges none below ten), the new one of 61 documents in 3269.
      assertThat(segments).isEqualTo(9);
      assertThat(SegmentQueues.queue(100, 61, 3269)).isLessThan(40);

      List<String> exact =
          all.entrySet().stream()
              .sorted(
                  Comparator.comparingDouble(
                      (Map.Entry<String, float[]> e) ->
                          -VectorUtil.dotProduct(question, e.getValue())))
              .limit(60)
              .map(Map.Entry::getKey)
              .toList();
      List<String> found =
          store.dense(question, 40, SearchFilter.NONE).stream()
              .map(ScoredChunk::chunk)
              .map(Chunk::id)
              .toList();
      // The 60 nearest of all are the new episode's; without the second walk only the 23 of its
      // first queue would be found, the rest taken from the old segments.
      assertThat(exact).allMatch(id -> id.startsWith("new/"));
      assertThat(found).hasSize(40).allMatch(id -> id.startsWith("new/"));
    }
  }

  private static Chunk chunk(String episode, int i) {
    return new Chunk(
        episode + "/" + i, episode, ChunkKind.TRANSCRIPT, i * 60, null, null, "", "t", null);
  }

  private static void put(
      LuceneChunkStore store, String episode, List<Chunk> chunks, List<float[]> vectors) {
    store.putEpisode(
        new EpisodeFacts(episode, "Title " + episode, "Pod", null), "h" + episode, chunks, vectors);
  }

  private static float[] randomUnit(Random random) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return LuceneDocs.unit(v);
  }

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
}
