package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.index.SampleCorpus.Prepared;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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

  /**
   * An episode is replaced whole or not at all: when Lucene refuses one of its chunks (here a
   * vector of another dimension, the third), the old chunks and hash stay and no new chunk does.
   */
  @Test
  void anEpisodeWhoseChunkIsRefusedStaysAsItWas() {
    corpus.writeAll(store);
    Prepared june = corpus.episode(JUNE);
    List<float[]> vectors = new ArrayList<>(june.vectors());
    vectors.set(2, new float[] {0.6f, 0.8f});

    assertThatThrownBy(() -> store.putEpisode(june.facts(), "changed", june.chunks(), vectors))
        .isInstanceOf(IllegalArgumentException.class);
    store.commit();

    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount());
    assertThat(store.episodeHashes()).containsEntry(JUNE, june.hash());
  }

  /**
   * An episode can be written while its later chunks are still embedded: Lucene takes each chunk as
   * its vector arrives, searches meanwhile find the episode as it was (half of its new chunks are
   * in the writer), and once the last vector arrives and the writes are published the new episode
   * is found whole, each chunk with its own vector.
   */
  @Test
  void anEpisodeWrittenAsItsVectorsArriveIsFoundOnlyWholeAndWithItsOwnVectors() throws Exception {
    corpus.writeAll(store);
    Prepared june = corpus.episode(JUNE);
    List<Chunk> chunks = june.chunks().subList(0, june.chunks().size() - 1);
    ArrivingVectors vectors = new ArrivingVectors(chunks.size());
    vectors.started();
    CompletableFuture<Void> writing =
        CompletableFuture.runAsync(
            () -> store.putEpisode(june.facts(), "changed", chunks, vectors));
    int half = chunks.size() / 2;
    for (int i = 0; i < half; i++) {
      vectors.arrived(june.vectors().get(i), i);
    }

    assertThat(writing).isNotDone();
    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount());
    assertThat(store.episodeHashes()).containsEntry(JUNE, june.hash());

    for (int i = half; i < chunks.size(); i++) {
      vectors.arrived(june.vectors().get(i), i);
    }
    writing.get(30, TimeUnit.SECONDS);
    assertThat(store.publish()).isTrue();

    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount() - 1);
    assertThat(store.episodeHashes()).containsEntry(JUNE, "changed");
    SearchFilter withinJune = new SearchFilter(JUNE, null, null, null);
    for (int i : new int[] {0, half, chunks.size() - 1}) {
      assertThat(store.dense(june.vectors().get(i), 1, withinJune).get(0).chunk().id())
          .isEqualTo(chunks.get(i).id());
    }
  }

  /**
   * When the embedding fails while an episode is written as its vectors arrive, the chunks Lucene
   * already took go with the rest: the old episode stays whole, committed or not.
   */
  @Test
  void anEpisodeWhoseEmbeddingFailsMidWriteStaysAsItWas() {
    corpus.writeAll(store);
    Prepared june = corpus.episode(JUNE);
    ArrivingVectors vectors = new ArrivingVectors(june.chunks().size());
    vectors.started();
    CompletableFuture<Void> writing =
        CompletableFuture.runAsync(
            () -> store.putEpisode(june.facts(), "changed", june.chunks(), vectors));
    for (int i = 0; i < june.chunks().size() / 2; i++) {
      vectors.arrived(june.vectors().get(i), i);
    }
    vectors.failed(new IllegalStateException("the embedding model failed"));

    assertThatThrownBy(() -> writing.get(30, TimeUnit.SECONDS))
        .hasRootCauseMessage("the embedding model failed");
    store.commit();

    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount());
    assertThat(store.episodeHashes()).containsEntry(JUNE, june.hash());
  }
}
