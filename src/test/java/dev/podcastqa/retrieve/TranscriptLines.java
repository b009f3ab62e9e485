package dev.podcastqa.retrieve;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Lucene store in {@code folder} holding one episode, "e", whose transcript chunks are
 * {@code texts}, a minute each, with vectors that tell them apart: for tests of what BM25 finds.
 */
final class TranscriptLines {

  private TranscriptLines() {}

  static LuceneChunkStore store(Path folder, List<String> texts) {
    LuceneChunkStore store = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM);
    List<Chunk> chunks = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      chunks.add(
          new Chunk(
              "e/" + i,
              "e",
              ChunkKind.TRANSCRIPT,
              i * 60,
              i * 60 + 60,
              null,
              "",
              texts.get(i),
              null));
      float[] v = new float[EmbeddingChoice.MINILM.dimension()];
      v[i] = 1;
      vectors.add(v);
    }
    store.putEpisode(new EpisodeFacts("e", "An episode", "A show", null), "h", chunks, vectors);
    store.commit();
    return store;
  }
}
