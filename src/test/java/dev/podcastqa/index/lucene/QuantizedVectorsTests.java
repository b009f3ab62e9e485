package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizedVectorsTests {

  @TempDir Path temp;

  private static float[] vector(Random random) {
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return LuceneDocs.unit(v);
  }

  private static Map<String, float[]> putEpisode(
      LuceneChunkStore store, String id, int chunks, Random random) {
    List<Chunk> list = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    Map<String, float[]> byId = new HashMap<>();
    for (int i = 0; i < chunks; i++) {
      Chunk chunk =
          new Chunk(id + "/" + i, id, ChunkKind.TRANSCRIPT, i * 60, null, null, "", "text", null);
      list.add(chunk);
      float[] v = vector(random);
      vectors.add(v);
      byId.put(chunk.id(), v);
    }
    store.putEpisode(new EpisodeFacts(id, "Title " + id, "Pod", null), "h-" + id, list, vectors);
    return byId;
  }

  @Test
  void newSegmentsKeepInt8VectorsBesideTheFloatOnes() throws IOException {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      putEpisode(store, "a", 20, new Random(1));
      store.commit();
    }
    try (Stream<Path> files = Files.list(temp)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names)
          .anyMatch(n -> n.contains(QuantizedVectorFormat.NAME) && n.endsWith(".veq"))
          .anyMatch(n -> n.contains(QuantizedVectorFormat.NAME) && n.endsWith(".vec"));
    }
  }

  @Test
  void denseScoresAreTheExactCosinesOfTheFloatVectors() {
    Random random = new Random(11);
    Map<String, float[]> vectors = new HashMap<>();
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      for (int e = 0; e < 10; e++) {
        vectors.putAll(putEpisode(store, "ep-" + e, 40, random));
      }
      store.commit();
      float[] query = vector(random);
      List<ScoredChunk> found = store.dense(query, 40, SearchFilter.NONE);
      assertThat(found).hasSize(40);
      for (ScoredChunk hit : found) {
        float exact = VectorUtil.dotProduct(query, vectors.get(hit.chunk().id()));
        assertThat(hit.score()).isCloseTo(exact, within(1e-5));
      }
      assertThat(found).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
    }
  }

  @Test
  void anIndexWrittenWithFloatVectorsIsStillSearched() throws IOException {
    Random random = new Random(5);
    float[] old = vector(random);
    try (FSDirectory dir = FSDirectory.open(temp);
        IndexWriter writer = new IndexWriter(dir, floatOnly())) {
      Metadata m =
          new Metadata()
              .put(ChunkSegments.EPISODE_ID, "old")
              .put(ChunkSegments.KIND, ChunkKind.TRANSCRIPT.name())
              .put(ChunkSegments.START, 30)
              .put(ChunkSegments.CONTEXT, "")
              .put(ChunkSegments.EPISODE, "Old episode");
      writer.addDocument(LuceneDocs.chunk("old/0", old, TextSegment.from("old words", m)));
      writer.addDocument(LuceneDocs.episodeMarker("old", EpisodeMark.unfingerprinted("h-old")));
      Map<String, String> identity = new HashMap<>();
      identity.put("model", EmbeddingChoice.MINILM.id());
      identity.put("dimension", String.valueOf(EmbeddingChoice.MINILM.dimension()));
      identity.put("schema", LuceneIndex.SCHEMA);
      identity.put("commit", "before-int8");
      writer.setLiveCommitData(identity.entrySet());
      writer.commit();
    }
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      assertThat(store.version()).isEqualTo("before-int8");
      putEpisode(store, "new", 5, random);
      store.commit();
      List<ScoredChunk> found = store.dense(old, 3, SearchFilter.NONE);
      assertThat(found.get(0).chunk().id()).isEqualTo("old/0");
      assertThat(found.get(0).score()).isCloseTo(1.0, within(1e-5));
    }
  }

  private static IndexWriterConfig floatOnly() {
    KnnVectorsFormat floats = new VectorFormat();
    return new IndexWriterConfig()
        .setCodec(
            new Lucene912Codec() {
              @Override
              public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return floats;
              }
            });
  }
}
