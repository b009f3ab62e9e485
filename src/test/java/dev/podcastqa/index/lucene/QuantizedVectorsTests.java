package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
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
import dev.podcastqa.testing.LogCapture;
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
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizedVectorsTests {

  private static final int DIMENSION = 384;

  @TempDir Path temp;

  private static float[] vector(Random random) {
    float[] v = new float[DIMENSION];
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
  void quantizingScalesTheLargestComponentTo127AndKeepsTheDirection() {
    float[] v = {0.5f, -0.25f, 0.125f, 0f};
    assertThat(Int8Vectors.quantize(v)).containsExactly(127, -64, 32, 0);
    assertThat(Int8Vectors.quantize(new float[] {-2f, 1f})).containsExactly(-127, 64);
    float[] random = vector(new Random(2));
    float cosine = VectorUtil.dotProduct(random, Int8Vectors.unit(Int8Vectors.quantize(random)));
    assertThat(cosine).isGreaterThan(0.9999f);
  }

  @Test
  void aVectorWithoutDirectionCannotBeStored() {
    assertThatThrownBy(() -> Int8Vectors.quantize(new float[DIMENSION]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not all zeros");
    assertThatThrownBy(() -> Int8Vectors.quantize(new float[] {1f, Float.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachVectorIsStoredOnceAsBytes() throws IOException {
    int chunks = 200;
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      putEpisode(store, "a", chunks, new Random(1));
      store.commit();
    }
    long vectorData;
    try (Stream<Path> files = Files.list(temp)) {
      List<Path> all = files.toList();
      assertThat(all).noneMatch(p -> p.getFileName().toString().endsWith(".veq"));
      vectorData =
          all.stream()
              .filter(p -> p.getFileName().toString().endsWith(".vec"))
              .mapToLong(p -> p.toFile().length())
              .sum();
    }
    // One byte a dimension, plus Lucene's header and footer; floats alone would take four.
    assertThat(vectorData).isBetween((long) chunks * DIMENSION, (long) chunks * DIMENSION + 1024);
  }

  @Test
  void denseScoresStayWithinRoundingOfTheFloatCosines() {
    Random random = new Random(11);
    Map<String, float[]> vectors = new HashMap<>();
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      for (int e = 0; e < 10; e++) {
        vectors.putAll(putEpisode(store, "ep-" + e, 40, random));
      }
      store.commit();
      for (int q = 0; q < 5; q++) {
        float[] query = vector(random);
        List<ScoredChunk> found = store.dense(query, 40, SearchFilter.NONE);
        assertThat(found).hasSize(40);
        for (ScoredChunk hit : found) {
          float exact = VectorUtil.dotProduct(query, vectors.get(hit.chunk().id()));
          assertThat(hit.score()).isCloseTo(exact, within(2e-3));
        }
        assertThat(found).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
      }
      float[] stored = vectors.get("ep-3/7");
      assertThat(store.dense(stored, 1, SearchFilter.NONE).get(0).chunk().id()).isEqualTo("ep-3/7");
      assertThat(store.dense(stored, 1, SearchFilter.NONE).get(0).score())
          .isCloseTo(1.0, within(1e-4));
    }
  }

  @Test
  void aZeroQueryFindsNothing() {
    try (LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      putEpisode(store, "a", 5, new Random(4));
      store.commit();
      assertThat(store.dense(new float[DIMENSION], 5, SearchFilter.NONE)).isEmpty();
    }
  }

  @Test
  void anIndexOfTheEarlierLayoutIsRebuiltForThisOne() throws IOException {
    Random random = new Random(5);
    try (FSDirectory dir = FSDirectory.open(temp);
        IndexWriter writer = new IndexWriter(dir, int8BesideFloats())) {
      writer.addDocument(schema4Chunk(vector(random)));
      writer.addDocument(LuceneDocs.episodeMarker("old", EpisodeMark.unfingerprinted("h-old")));
      Map<String, String> identity = new HashMap<>();
      identity.put("model", EmbeddingChoice.MINILM.id());
      identity.put("dimension", String.valueOf(EmbeddingChoice.MINILM.dimension()));
      identity.put("schema", "4");
      identity.put("commit", "schema-4");
      writer.setLiveCommitData(identity.entrySet());
      writer.commit();
    }
    try (LogCapture log = LogCapture.silencing(LuceneIndex.class);
        LuceneChunkStore store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM)) {
      assertThat(log.withStackTraces()).isEmpty();
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN LuceneIndex: The index in " + temp + " was built with {")
          .contains("schema=4")
          .contains("rebuilding it for")
          .contains("schema=" + LuceneIndex.SCHEMA);
      assertThat(store.version()).isNull();
      assertThat(store.episodeHashes()).isEmpty();
      Map<String, float[]> vectors = putEpisode(store, "new", 5, random);
      store.commit();
      List<ScoredChunk> found = store.dense(vectors.get("new/2"), 1, SearchFilter.NONE);
      assertThat(found.get(0).chunk().id()).isEqualTo("new/2");
    }
  }

  /** A chunk as schema 4 wrote it: a float vector field, with Lucene's int8 copy beside it. */
  private static Document schema4Chunk(float[] vector) {
    Metadata m =
        new Metadata()
            .put(ChunkSegments.CHUNK_ID, "old/0")
            .put(ChunkSegments.EPISODE_ID, "old")
            .put(ChunkSegments.KIND, ChunkKind.TRANSCRIPT.name())
            .put(ChunkSegments.START, 30)
            .put(ChunkSegments.CONTEXT, "")
            .put(ChunkSegments.EPISODE, "Old episode");
    Document doc = LuceneDocs.chunk("old/0", vector, TextSegment.from("old words", m));
    doc.removeFields(LuceneDocs.VECTOR);
    doc.add(
        new KnnFloatVectorField(LuceneDocs.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }

  private static IndexWriterConfig int8BesideFloats() {
    KnnVectorsFormat quantized = new Lucene99HnswScalarQuantizedVectorsFormat();
    return new IndexWriterConfig()
        .setCodec(
            new Lucene912Codec() {
              @Override
              public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return quantized;
              }
            });
  }
}
