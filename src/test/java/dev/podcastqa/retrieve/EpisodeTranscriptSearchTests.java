package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search within one episode's transcript for few passages, on a real Lucene store: it keeps
 * what the search for many passages ranks first, with the same ranks and scores, and nothing but
 * that episode's transcript.
 */
class EpisodeTranscriptSearchTests {

  @TempDir Path temp;

  private LuceneChunkStore store;
  private HybridRetriever retriever;
  private final DesignEpisodes episodes = new DesignEpisodes(11);

  @BeforeEach
  void open() {
    store = LuceneChunkStore.open(temp, EmbeddingChoice.MINILM);
    putEpisode("talk", 40);
    putEpisode("other", 40);
    store.commit();
    retriever = new HybridRetriever(null, store, null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void fewPassagesAreTheFirstOfEachSearchWithTheirRanksAndScores() {
    Retrieval retrieval = retrieval("How does the squint test check contrast?");

    List<Passage> few = retriever.transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE, 5);
    Map<String, Passage> many = new HashMap<>();
    retriever
        .transcriptWithin(retrieval, "talk", 0, Integer.MAX_VALUE)
        .forEach(p -> many.put(p.chunk().id(), p));

    // The episode's notes may take one of the first places of a search; only transcript is kept.
    assertThat(few).hasSizeBetween(4, 10);
    for (Passage p : few) {
      Passage same = many.get(p.chunk().id());
      assertThat(p.denseRank()).isIn(0, same.denseRank());
      assertThat(p.lexicalRank()).isIn(0, same.lexicalRank());
      if (p.foundByDense()) {
        assertThat(p.cosine()).isEqualTo(same.cosine());
      }
      if (p.foundByLexical()) {
        assertThat(p.bm25()).isEqualTo(same.bm25());
      }
    }
    assertThat(
            many.values().stream()
                .filter(p -> inFirst(p.denseRank(), 5) || inFirst(p.lexicalRank(), 5))
                .map(p -> p.chunk().id()))
        .containsAll(few.stream().map(p -> p.chunk().id()).toList());
    // Each search's first place is among the few; passages a search scored alike share it, and
    // the first five of a search hold only as many of those as fit.
    List<String> fewIds = few.stream().map(p -> p.chunk().id()).toList();
    for (ToIntFunction<Passage> rank :
        List.<ToIntFunction<Passage>>of(Passage::denseRank, Passage::lexicalRank)) {
      List<String> first =
          many.values().stream()
              .filter(p -> rank.applyAsInt(p) == 1)
              .map(p -> p.chunk().id())
              .toList();
      assertThat(first).isNotEmpty();
      assertThat(fewIds).containsAnyElementsOf(first);
    }
  }

  @Test
  void onlyTheEpisodesTranscriptInTheSpanIsFound() {
    Retrieval retrieval = retrieval("squint contrast colour");

    List<Passage> found = retriever.transcriptWithin(retrieval, "talk", 600, 1200, 40);

    assertThat(found)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.chunk().episodeId()).isEqualTo("talk"))
        .allSatisfy(p -> assertThat(p.chunk().kind()).isEqualTo(ChunkKind.TRANSCRIPT))
        .allSatisfy(p -> assertThat(p.chunk().startSeconds()).isBetween(600, 1199));
  }

  private Retrieval retrieval(String question) {
    return new Retrieval(question, vector(), List.of(), TermEvidence.NONE);
  }

  private static boolean inFirst(int rank, int k) {
    return rank > 0 && rank <= k;
  }

  private void putEpisode(String id, int transcriptChunks) {
    episodes.put(store, id, transcriptChunks);
  }

  private float[] vector() {
    return episodes.vector();
  }
}
