package dev.podcastqa.index;

import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the default store: a Lucene index in a temporary folder. */
class LuceneChunkStoreTests extends ChunkStoreContract {

  @TempDir Path folder;
  private int opened;

  /**
   * The index keeps each vector as bytes: the largest distance of a returned cosine from the float
   * one measured by {@code bench} over 100k chunks was 0.0013; this leaves room for other vectors.
   */
  @Override
  protected double denseCosineTolerance() {
    return 0.005;
  }

  @Override
  protected ChunkStore newStore() {
    return LuceneChunkStore.open(folder.resolve("store-" + opened++), SampleCorpus.MODEL);
  }
}
