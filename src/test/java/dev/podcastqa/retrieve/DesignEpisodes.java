package dev.podcastqa.retrieve;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EpisodeFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Episodes for the tests of searches within one episode: a notes chunk and minute-long transcript
 * chunks of two design words each, with random unit vectors drawn from one seeded source.
 */
final class DesignEpisodes {

  private static final String[] WORDS = {"squint", "contrast", "colour", "font", "margin", "grid"};

  private final Random random;

  DesignEpisodes(long seed) {
    this.random = new Random(seed);
  }

  /** Puts episode {@code id} with {@code transcriptChunks} transcript chunks into {@code store}. */
  void put(ChunkStore store, String id, int transcriptChunks) {
    List<Chunk> chunks = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    chunks.add(
        new Chunk(
            id + "/notes", id, ChunkKind.DESCRIPTION, 0, null, null, "", "squint contrast", null));
    vectors.add(vector());
    for (int i = 0; i < transcriptChunks; i++) {
      String text = WORDS[i % WORDS.length] + " and " + WORDS[(i * 5 + 1) % WORDS.length];
      chunks.add(
          new Chunk(
              id + "/" + i, id, ChunkKind.TRANSCRIPT, i * 60, i * 60 + 60, null, "", text, null));
      vectors.add(vector());
    }
    store.putEpisode(new EpisodeFacts(id, "Design " + id, "Pod", null), "h-" + id, chunks, vectors);
  }

  /** A random unit vector of the model's 384 dimensions. */
  float[] vector() {
    float[] v = new float[384];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
