package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.index.elastic.ElasticsearchChunkStore;
import dev.podcastqa.index.elastic.ElasticsearchSettings;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on a real Elasticsearch server (given in {@code PODCASTQA_TEST_ES_URL}; CI
 * starts one), each test on indices of its own, plus what only a shared server can show: several
 * instances over one index, and the messages for a missing index or another model's index.
 */
@EnabledIfEnvironmentVariable(named = TestElasticsearch.URL_VARIABLE, matches = ".+")
class ElasticsearchChunkStoreTests extends ChunkStoreContract {

  private final TestElasticsearch server = new TestElasticsearch();
  private final String run = "pqa-test-" + Long.toString(System.nanoTime(), 36);
  private final List<String> prefixes = new ArrayList<>();

  @Override
  protected ChunkStore newStore() {
    return ElasticsearchChunkStore.open(server.settings(newPrefix()), SampleCorpus.MODEL);
  }

  private String newPrefix() {
    String prefix = (run + "-" + prefixes.size()).toLowerCase(Locale.ROOT);
    prefixes.add(prefix);
    return prefix;
  }

  private String currentPrefix() {
    return prefixes.get(prefixes.size() - 1);
  }

  @AfterAll
  void deleteTestIndices() {
    prefixes.forEach(server::deleteIndices);
  }

  @Test
  void twoInstancesOverOneIndexAnswerAlike() {
    corpus.writeAll(store);
    try (ChunkStore other =
        ElasticsearchChunkStore.open(server.settings(currentPrefix()), SampleCorpus.MODEL)) {
      assertThat(other.episodeHashes()).isEqualTo(store.episodeHashes());
      assertThat(other.chunkCount()).isEqualTo(store.chunkCount());
      HybridRetriever first = new HybridRetriever(corpus.embedder, store, evidence(store));
      HybridRetriever second = new HybridRetriever(corpus.embedder, other, evidence(other));
      for (String question : corpus.questions) {
        assertThat(passages(second, question)).as(question).isEqualTo(passages(first, question));
      }
    }
  }

  /**
   * Failing over from one node to the other changes no answer only if both copies of the index
   * answer alike: the same chunks with the same scores from kNN, BM25 (with DFS) and the counts,
   * here after an episode was rewritten, so both copies hold deleted documents too.
   */
  @Test
  void eachNodesCopyOfTheIndexAnswersEveryQuestionAlike() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        server.url2 != null && !server.url2.isBlank(), "one node: nothing to compare");
    corpus.writeAll(store);
    SampleCorpus.Prepared episode = corpus.prepared.get(0);
    int kept = episode.chunks().size() - 1;
    store.putEpisode(
        episode.facts(),
        "rewritten",
        episode.chunks().subList(0, kept),
        episode.vectors().subList(0, kept));
    store.commit();
    server.waitGreen(currentPrefix() + "-chunks");
    List<String> nodes = server.dataNodes();
    assertThat(nodes).hasSize(2);
    ElasticsearchSettings settings = server.settings(currentPrefix());
    try (ChunkStore one =
            ElasticsearchChunkStore.openReadingFrom(settings, SampleCorpus.MODEL, nodes.get(0));
        ChunkStore two =
            ElasticsearchChunkStore.openReadingFrom(settings, SampleCorpus.MODEL, nodes.get(1))) {
      HybridRetriever first = new HybridRetriever(corpus.embedder, one, evidence(one));
      HybridRetriever second = new HybridRetriever(corpus.embedder, two, evidence(two));
      for (String question : corpus.questions) {
        float[] vector = corpus.embedder.embedQuery(question);
        int k = HybridRetriever.CANDIDATES;
        assertThat(two.dense(vector, k, SearchFilter.NONE))
            .as(question)
            .isEqualTo(one.dense(vector, k, SearchFilter.NONE));
        assertThat(two.lexical(question, k, SearchFilter.NONE))
            .as(question)
            .isEqualTo(one.lexical(question, k, SearchFilter.NONE));
        assertThat(passages(second, question)).as(question).isEqualTo(passages(first, question));
      }
    }
  }

  /**
   * Elasticsearch orders equal scores by Lucene document number, which each copy of a shard assigns
   * on its own; the store orders them by chunk id, so the other copy gives the same list. Here
   * three chunks alike but for their ids are written in reverse id order.
   */
  @Test
  void equalScoresComeInChunkIdOrder() {
    SampleCorpus.Prepared episode = corpus.episode(SPARSE);
    Chunk chunk = episode.chunks().get(1);
    float[] vector = episode.vectors().get(1);
    List<Chunk> alike = new ArrayList<>();
    for (String id : List.of("tie-c", "tie-b", "tie-a")) {
      alike.add(
          new Chunk(
              id,
              chunk.episodeId(),
              chunk.kind(),
              chunk.startSeconds(),
              chunk.endSeconds(),
              chunk.chapterTitle(),
              chunk.context(),
              chunk.text(),
              chunk.url()));
    }
    store.putEpisode(episode.facts(), "alike", alike, List.of(vector, vector, vector));
    store.commit();

    List<String> order = List.of("tie-a", "tie-b", "tie-c");
    assertThat(store.dense(vector, 3, SearchFilter.NONE))
        .extracting(hit -> hit.chunk().id())
        .isEqualTo(order);
    assertThat(store.lexical(chunk.text(), 3, SearchFilter.NONE))
        .extracting(hit -> hit.chunk().id())
        .isEqualTo(order);
  }

  @Test
  void searchingAnIndexDeletedBehindTheStoreSaysItIsMissing() {
    corpus.writeAll(store);
    server.delete(currentPrefix() + "-chunks");

    assertThatThrownBy(() -> store.lexical("grokking", 5, SearchFilter.NONE))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessage(
            "Elasticsearch index "
                + currentPrefix()
                + "-chunks is missing at "
                + server.nodes()
                + " (restart to create it)");
  }

  @Test
  void anIndexBuiltForAnotherModelIsRefused() {
    ElasticsearchSettings settings = server.settings(currentPrefix());

    assertThatThrownBy(() -> ElasticsearchChunkStore.open(settings, EmbeddingChoice.BGE_SMALL))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("Elasticsearch index " + currentPrefix() + "-chunks was built with")
        .hasMessageContaining("model=all-minilm-l6-v2-q")
        .hasMessageEndingWith("delete it or choose another PODCASTQA_ES_INDEX_PREFIX");
  }

  @Test
  void anEightServerWithoutTheCompatibilitySettingSaysWhatToSet() {
    org.junit.jupiter.api.Assumptions.assumeTrue(server.compat8, "the server is not 8.x");
    ElasticsearchSettings without = ElasticsearchSettings.of(server.url, newPrefix(), false);

    assertThatThrownBy(() -> ElasticsearchChunkStore.open(without, SampleCorpus.MODEL))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessage(
            "Elasticsearch at "
                + server.url
                + " refused the 9.x client's headers (400): set PODCASTQA_ES_COMPAT_8=true for an"
                + " 8.x server");
  }

  /** Everything the fused ranking says about a question, scores included. */
  private static List<String> passages(HybridRetriever retriever, String question) {
    return retriever.retrieve(question, SearchFilter.NONE, 10).passages().stream()
        .map(ElasticsearchChunkStoreTests::describe)
        .toList();
  }

  private static String describe(Passage p) {
    return p.chunk().id()
        + " "
        + p.denseRank()
        + "/"
        + p.lexicalRank()
        + " "
        + p.cosine()
        + " "
        + p.bm25();
  }
}
