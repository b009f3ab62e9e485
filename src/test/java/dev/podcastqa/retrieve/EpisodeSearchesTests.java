package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer's searches within an episode, on a real Lucene store: what they return is exactly what
 * a fresh search returns, for any span and any number of passages, and each search runs once per
 * question and episode unless more passages are asked for than it found.
 */
class EpisodeSearchesTests {

  @TempDir Path temp;

  private LuceneChunkStore lucene;
  private Counting store;
  private final DesignEpisodes episodes = new DesignEpisodes(17);

  @BeforeEach
  void open() {
    lucene = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM);
    putEpisode("talk", 90);
    putEpisode("other", 30);
    lucene.commit();
    store = new Counting(lucene);
  }

  @AfterEach
  void close() {
    lucene.close();
  }

  @Test
  void everyLookReturnsWhatAFreshSearchReturns() {
    HybridRetriever retriever = new HybridRetriever(null, store, null);
    Retrieval retrieval = retrieval("How does the squint test check contrast and colour?");
    EpisodeSearches searches = retriever.episodeSearches();

    // In the order an answer looks: spans first, then the first few, then spans again.
    assertThat(searches.transcriptWithin(retrieval, "talk", 600, 1200))
        .isNotEmpty()
        .isEqualTo(retriever.transcriptWithin(retrieval, "talk", 600, 1200));
    for (int k : new int[] {20, 5, 60}) {
      assertThat(searches.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, k))
          .isNotEmpty()
          .isEqualTo(retriever.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, k));
    }
    assertThat(searches.transcriptWithin(retrieval, "talk", 3000, 3400))
        .isNotEmpty()
        .isEqualTo(retriever.transcriptWithin(retrieval, "talk", 3000, 3400));
    assertThat(searches.transcriptWithin(retrieval, "other", 0, 600))
        .isNotEmpty()
        .isEqualTo(retriever.transcriptWithin(retrieval, "other", 0, 600));
  }

  @Test
  void anEpisodeIsSearchedOnceForOneQuestionUnlessMoreIsAsked() {
    EpisodeSearches searches = new HybridRetriever(null, store, null).episodeSearches();
    Retrieval retrieval = retrieval("squint contrast");

    searches.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, 20);
    searches.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, 5);
    assertThat(store.searches).containsExactly("dense talk 20", "lexical talk 20");

    searches.transcriptWithin(retrieval, "talk", 600, 1200);
    searches.transcriptWithin(retrieval, "talk", 0, 300);
    searches.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, 20);
    assertThat(store.searches).hasSize(4).endsWith("dense talk 60", "lexical talk 60");

    // The same vector with another question (the answer's words without the episode's name).
    searches.transcriptWithin(
        new Retrieval("contrast", retrieval.questionVector(), List.of(), TermEvidence.NONE),
        "talk",
        0,
        Integer.MAX_VALUE,
        20);
    assertThat(store.searches).hasSize(5).endsWith("lexical talk 20");

    // The other episode has fewer chunks than asked for: all it has is known.
    searches.transcriptWithin(retrieval, "other", 0, Integer.MAX_VALUE, 60);
    searches.transcriptWithin(retrieval, "other", 0, Integer.MAX_VALUE, 100);
    assertThat(store.searches).hasSize(7).endsWith("dense other 60", "lexical other 60");
  }

  private Retrieval retrieval(String question) {
    return new Retrieval(question, vector(), List.of(), TermEvidence.NONE);
  }

  private void putEpisode(String id, int transcriptChunks) {
    episodes.put(lucene, id, transcriptChunks);
  }

  private float[] vector() {
    return episodes.vector();
  }

  /** The store, noting each search within an episode it runs. */
  private static final class Counting implements ChunkStore {
    final List<String> searches = new ArrayList<>();
    private final ChunkStore store;

    Counting(ChunkStore store) {
      this.store = store;
    }

    @Override
    public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
      searches.add("dense " + filter.episodeId() + " " + k);
      return store.dense(vector, k, filter);
    }

    @Override
    public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
      searches.add("lexical " + filter.episodeId() + " " + k);
      return store.lexical(text, k, filter);
    }

    @Override
    public Map<String, String> episodeHashes() {
      return store.episodeHashes();
    }

    @Override
    public void putEpisode(
        EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors) {
      store.putEpisode(facts, contentHash, chunks, vectors);
    }

    @Override
    public void removeEpisode(String episodeId) {
      store.removeEpisode(episodeId);
    }

    @Override
    public void commit() {
      store.commit();
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
      return store.documentFrequencies(analyzedTerms);
    }

    @Override
    public boolean hasTermStartingWith(String prefix) {
      return store.hasTermStartingWith(prefix);
    }

    @Override
    public int chunkCount() {
      return store.chunkCount();
    }

    @Override
    public String describe() {
      return store.describe();
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
