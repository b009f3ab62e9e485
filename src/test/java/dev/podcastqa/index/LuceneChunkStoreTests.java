package dev.podcastqa.index;

import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the default store: a Lucene index in a temporary folder. */
class LuceneChunkStoreTests extends ChunkStoreContract {

  @TempDir Path folder;
  private int opened;

  @Override
  protected ChunkStore newStore() {
    return LuceneChunkStore.open(folder.resolve("store-" + opened++), SampleCorpus.MODEL);
  }
}
