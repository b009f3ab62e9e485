package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.SampleCorpus.Prepared;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChunkStore} records with an episode's chunks, run against each store through
 * {@link ChunkStoreContract}: the content hash and, once marked, the chunker fingerprint, kept
 * until the episode is written again.
 */
interface EpisodeMarkContract {

  /** The open, empty store under test. */
  ChunkStore storeUnderTest();

  SampleCorpus sampleCorpus();

  @Test
  default void aFingerprintIsKeptWithItsChunksUntilTheEpisodeIsWrittenAgain() {
    ChunkStore store = storeUnderTest();
    SampleCorpus corpus = sampleCorpus();
    corpus.writeAll(store);
    Prepared first = corpus.prepared.get(0);
    String id = first.facts().episodeId();
    assertThat(store.episodeMarks().get(id)).isEqualTo(EpisodeMark.unfingerprinted(first.hash()));

    store.mark(Map.of(id, new EpisodeMark(first.hash(), "fingerprint-1")));
    store.commit();

    assertThat(store.episodeMarks().get(id))
        .isEqualTo(new EpisodeMark(first.hash(), "fingerprint-1"));
    assertThat(store.episodeMarks()).hasSize(corpus.prepared.size());
    assertThat(store.episodeHashes()).containsEntry(id, first.hash());
    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount());

    store.putEpisode(first.facts(), "another-hash", first.chunks(), first.vectors());
    store.commit();

    assertThat(store.episodeMarks().get(id)).isEqualTo(EpisodeMark.unfingerprinted("another-hash"));
  }
}
