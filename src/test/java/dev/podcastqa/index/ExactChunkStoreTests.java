package dev.podcastqa.index;

/**
 * The store contract on the reference itself, so the exhaustive search the other stores are
 * compared with is shown to add, filter, re-sync and count as a store must.
 */
class ExactChunkStoreTests extends ChunkStoreContract {

  @Override
  protected ChunkStore newStore() {
    return new ExactChunkStore();
  }

  @Override
  protected boolean isReference() {
    return true;
  }
}
