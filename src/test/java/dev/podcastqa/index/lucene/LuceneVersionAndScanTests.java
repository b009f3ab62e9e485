package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVersionAndScanTests {

  @TempDir Path temp;

  private static float[] vector(Random random) {
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return LuceneDocs.unit(v);
  }

  private static void putEpisode(LuceneChunkStore store, String id, int chunks, Random random) {
    List<Chunk> list = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      list.add(
          new Chunk(
              id + "/" + i, id, ChunkKind.TRANSCRIPT, i * 60, null, null, "", "text " + i, null));
      vectors.add(vector(random));
    }
    store.putEpisode(new EpisodeFacts(id, "Title " + id, "Pod", null), "hash-" + id, list, vectors);
  }

  @Test
  void eachCommitHasANewVersionThatSurvivesAReopen() {
    String first;
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      assertThat(store.version()).isNull();
      putEpisode(store, "a", 3, new Random(1));
      store.commit();
      first = store.version();
      store.commit();
      assertThat(store.version()).isNotNull().isNotEqualTo(first);
      first = store.version();
    }
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      assertThat(store.version()).isEqualTo(first);
    }
  }

  @Test
  void anIndexRebuiltForAnotherModelDoesNotClaimTheOldVersion() {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      putEpisode(store, "a", 3, new Random(1));
      store.commit();
    }
    try (LogCapture log = LogCapture.silencing(LuceneIndex.class);
        LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.BGE_SMALL)) {
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN LuceneIndex: The index in " + temp + " was built with {")
          .contains("; rebuilding it for {");
      assertThat(log.withStackTraces()).isEmpty();
      assertThat(store.version()).isNull();
      assertThat(store.episodeHashes()).isEmpty();
    }
  }

  @Test
  void denseSearchFindsTheExactNearestChunks() {
    Random random = new Random(7);
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      for (int e = 0; e < 20; e++) {
        putEpisode(store, "ep-" + e, 50, random);
      }
      store.commit();
      List<float[]> queries = List.of(vector(random), vector(random), vector(random));
      List<List<ExactVectorScan.Neighbour>> exact = new ExactVectorScan(store).nearest(queries, 10);
      for (int q = 0; q < queries.size(); q++) {
        List<String> found =
            store.dense(queries.get(q), 10, SearchFilter.NONE).stream()
                .map(ScoredChunk::chunk)
                .map(Chunk::id)
                .toList();
        assertThat(found)
            .isEqualTo(exact.get(q).stream().map(ExactVectorScan.Neighbour::chunkId).toList());
      }
    }
  }
}
