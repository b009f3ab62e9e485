package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.SampleCorpus.Prepared;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.testing.Episodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link ChunkStore} must do, written once and run against each store: add, dense and
 * BM25 search, each filter, incremental re-ingest, removal, and the same top citations for the
 * sample questions as an exhaustive search ({@link ExactChunkStore}). Subclasses only say how to
 * open a new, empty store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChunkStoreContract implements EpisodeMarkContract {

  static final String SPARSE = "neel-nanda-mechanistic-interpretability-sparse-autoencoders";
  static final String JUNE = "neel-nanda-mechanistic-interpretability";
  static final String YOUTUBE = "neural-networks-are-weird-neel-nanda-deepmind";
  static final String MLST_LOWER_CASE = "machine learning street talk (mlst)";

  protected SampleCorpus corpus;
  private Map<String, List<String>> referenceCitations;
  protected ChunkStore store;

  /** A new, empty store, at a location no other call returns. */
  protected abstract ChunkStore newStore();

  /**
   * How far the store's dense cosines may be from the exact cosines of the float vectors: 0 for a
   * store that keeps the floats (its ranking must be the exhaustive one exactly); a store that
   * keeps rounded vectors says how much rounding moves a cosine, and near-ties within it may swap.
   */
  protected double denseCosineTolerance() {
    return 0;
  }

  @Override
  public ChunkStore storeUnderTest() {
    return store;
  }

  @Override
  public SampleCorpus sampleCorpus() {
    return corpus;
  }

  /**
   * Whether {@link #newStore()} makes the reference itself, whose comparison with the reference
   * would prove nothing.
   */
  protected boolean isReference() {
    return false;
  }

  @BeforeAll
  void readSampleCorpus() {
    corpus = new SampleCorpus();
    try (ChunkStore reference = new ExactChunkStore()) {
      corpus.writeAll(reference);
      referenceCitations = topCitations(reference);
    }
  }

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void addedEpisodesAreCountedWithTheirHashes() {
    corpus.writeAll(store);

    assertThat(store.chunkCount()).isEqualTo(corpus.chunkCount());
    assertThat(store.episodeHashes())
        .isEqualTo(
            corpus.prepared.stream()
                .collect(Collectors.toMap(p -> p.facts().episodeId(), Prepared::hash)));
  }

  @Test
  void denseSearchGivesBackTheWholeChunkWithItsCosine() {
    corpus.writeAll(store);
    Prepared june = corpus.episode(JUNE);
    for (int i : List.of(0, june.chunks().size() / 2, june.chunks().size() - 1)) {
      List<ScoredChunk> hits = store.dense(june.vectors().get(i), 5, SearchFilter.NONE);

      assertThat(hits.get(0).chunk().text()).isEqualTo(june.chunks().get(i).text());
      assertThat(hits.get(0).score()).isCloseTo(1.0, within(1e-3));
      assertThat(hits).extracting(ScoredChunk::score).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
    Chunk chunk = june.chunks().get(1);
    assertThat(store.dense(june.vectors().get(1), 1, new SearchFilter(JUNE, null, null, null)))
        .extracting(ScoredChunk::chunk)
        .containsExactly(chunk);
  }

  /**
   * For every sample question the store's nearest chunks are the exhaustive scan's, in the same
   * order, and none leans away from the question (cosine below 0).
   */
  @Test
  void denseSearchFindsWhatAnExhaustiveScanFinds() {
    assumeFalse(isReference(), "the reference is what the other stores are compared with");
    corpus.writeAll(store);
    try (ChunkStore reference = new ExactChunkStore()) {
      corpus.writeAll(reference);
      for (String question : corpus.questions) {
        float[] vector = corpus.embedder.embedQuery(question);

        List<ScoredChunk> hits = store.dense(vector, 10, SearchFilter.NONE);

        assertThat(hits).extracting(ScoredChunk::score).allMatch(score -> score >= 0);
        List<ScoredChunk> expected = reference.dense(vector, 10, SearchFilter.NONE);
        if (denseCosineTolerance() == 0) {
          assertThat(hits)
              .as(question)
              .extracting(hit -> hit.chunk().id())
              .isEqualTo(expected.stream().map(hit -> hit.chunk().id()).toList());
        } else {
          assertRankedWithinTolerance(question, hits, expected, exactCosines(reference, vector));
        }
      }
    }
  }

  /**
   * Each hit's exact cosine is the exhaustive ranking's at its place, and each score is its exact
   * cosine, within the store's tolerance: only near-ties may change places.
   */
  private void assertRankedWithinTolerance(
      String question,
      List<ScoredChunk> hits,
      List<ScoredChunk> expected,
      Map<String, Double> exact) {
    assertThat(hits).as(question).hasSameSizeAs(expected);
    for (int i = 0; i < hits.size(); i++) {
      double cosine = exact.get(hits.get(i).chunk().id());
      assertThat(cosine)
          .as("%s: exact cosine of hit %d", question, i + 1)
          .isCloseTo(expected.get(i).score(), within(denseCosineTolerance()));
      assertThat(hits.get(i).score())
          .as("%s: score of hit %d", question, i + 1)
          .isCloseTo(cosine, within(denseCosineTolerance()));
    }
  }

  private Map<String, Double> exactCosines(ChunkStore reference, float[] vector) {
    Map<String, Double> cosines = new HashMap<>();
    reference
        .dense(vector, reference.chunkCount(), SearchFilter.NONE)
        .forEach(hit -> cosines.put(hit.chunk().id(), hit.score()));
    return cosines;
  }

  /** For every sample question the store's BM25 ranking is the one computed term by term. */
  @Test
  void lexicalSearchRanksAsBm25ComputedByHand() {
    assumeFalse(isReference(), "the reference is what the other stores are compared with");
    corpus.writeAll(store);
    try (ChunkStore reference = new ExactChunkStore()) {
      corpus.writeAll(reference);
      for (String question : corpus.questions) {
        List<ScoredChunk> hits = store.lexical(question, 10, SearchFilter.NONE);
        List<ScoredChunk> expected = reference.lexical(question, 10, SearchFilter.NONE);
        Map<String, Double> exact = new HashMap<>();
        reference
            .lexical(question, reference.chunkCount(), SearchFilter.NONE)
            .forEach(hit -> exact.put(hit.chunk().id(), hit.score()));
        // Chunks that score alike may come in either order (a store orders ties its own way):
        // the chunk at each place must score as the reference's chunk at that place.
        assertThat(hits).as(question).hasSameSizeAs(expected);
        assertThat(hits).as(question).extracting(hit -> hit.chunk().id()).doesNotHaveDuplicates();
        for (int i = 0; i < hits.size(); i++) {
          assertThat(exact.get(hits.get(i).chunk().id()))
              .as("%s: BM25 of hit %d, %s", question, i + 1, hits.get(i).chunk().id())
              .isEqualTo(expected.get(i).score());
        }
      }
    }
  }

  /**
   * Searching both ways at once finds, for every sample question, over the whole corpus and within
   * one episode, the hits of each search made alone, with their scores; one key names one chunk.
   */
  @Test
  void bothSearchesAtOnceFindWhatEachFindsAlone() {
    corpus.writeAll(store);
    for (SearchFilter filter :
        List.of(SearchFilter.NONE, new SearchFilter(JUNE, null, null, null))) {
      for (String question : corpus.questions) {
        float[] vector = corpus.embedder.embedQuery(question);
        List<ScoredChunk> dense = store.dense(vector, 10, filter);
        List<ScoredChunk> lexical = store.lexical(question, 10, filter);

        List<List<ScoredChunk>> both =
            store.searchBoth(
                vector,
                question,
                10,
                filter,
                hits -> List.of(read(hits, hits.dense()), read(hits, hits.lexical())));

        assertThat(both.get(0)).as(question).isEqualTo(dense);
        assertThat(both.get(1)).as(question).isEqualTo(lexical);
      }
    }
  }

  private static List<ScoredChunk> read(PairedHits hits, List<PairedHits.Hit> found) {
    return found.stream().map(hit -> new ScoredChunk(hits.chunk(hit.key()), hit.score())).toList();
  }

  @Test
  void lexicalSearchFindsAPassageByItsOwnWords() {
    corpus.writeAll(store);
    Chunk chunk = corpus.episode(SPARSE).chunks().get(1);

    List<ScoredChunk> hits = store.lexical(chunk.text(), 5, SearchFilter.NONE);

    assertThat(hits.get(0).chunk()).isEqualTo(chunk);
    assertThat(store.lexical("the of and with", 5, SearchFilter.NONE)).isEmpty();
  }

  @Test
  void aQuestionOfMoreWordsThanOneQueryHoldsIsSearchedByItsFirstWords() {
    corpus.writeAll(store);
    Chunk chunk = corpus.episode(SPARSE).chunks().get(1);
    StringBuilder question = new StringBuilder(chunk.text());
    for (int i = 0; i < 1000; i++) {
      question.append(" zq").append(i);
    }

    List<ScoredChunk> hits = store.lexical(question.toString(), 5, SearchFilter.NONE);

    assertThat(hits.get(0).chunk()).isEqualTo(chunk);
  }

  @Test
  void episodeFilterLimitsBothSearches() {
    corpus.writeAll(store);

    assertOnlyEpisodes(new SearchFilter(YOUTUBE, null, null, null), Set.of(YOUTUBE));
  }

  @Test
  void podcastFilterMatchesTheNameInAnyCase() {
    corpus.writeAll(store);

    assertOnlyEpisodes(new SearchFilter(null, MLST_LOWER_CASE, null, null), Set.of(SPARSE, JUNE));
  }

  @Test
  void dateRangeKeepsOnlyEpisodesPublishedInItAndNoUndatedOnes() {
    corpus.writeAll(store);

    LocalDate may2023 = LocalDate.of(2023, 5, 1);
    assertOnlyEpisodes(
        new SearchFilter(null, null, LocalDate.of(2024, 1, 1), null), Set.of(SPARSE));
    assertOnlyEpisodes(
        new SearchFilter(null, null, null, LocalDate.of(2023, 12, 31)), Set.of(JUNE));
    assertOnlyEpisodes(
        new SearchFilter(null, MLST_LOWER_CASE, may2023, LocalDate.of(2024, 12, 7)),
        Set.of(SPARSE, JUNE));
  }

  @Test
  void resyncEmbedsOnlyTheEpisodesThatChanged() {
    Indexer indexer = new Indexer(corpus.chunker, corpus.embedder, store);
    assertThat(indexer.sync(corpus.episodes, corpus.transcripts).embeddedEpisodes()).isEqualTo(4);

    IndexReport unchanged = indexer.sync(corpus.episodes, corpus.transcripts);
    assertThat(unchanged.embeddedEpisodes()).isZero();
    assertThat(unchanged.embeddedChunks()).isZero();
    assertThat(unchanged.unchangedEpisodes()).isEqualTo(4);

    List<Episode> edited = new ArrayList<>(corpus.episodes);
    Episode youtube = edited.stream().filter(e -> e.id().equals(YOUTUBE)).findFirst().orElseThrow();
    Episode changed =
        Episodes.withDescription(youtube, youtube.description() + "\n\nZanzibarian lemurs.");
    edited.set(edited.indexOf(youtube), changed);
    IndexReport report = indexer.sync(edited, corpus.transcripts);

    int changedChunks = corpus.chunker.chunk(changed, corpus.transcripts.of(changed.id())).size();
    assertThat(report.embeddedEpisodes()).isEqualTo(1);
    assertThat(report.unchangedEpisodes()).isEqualTo(3);
    assertThat(report.embeddedChunks()).isEqualTo(changedChunks);
    assertThat(store.chunkCount())
        .isEqualTo(corpus.chunkCount() - corpus.episode(YOUTUBE).chunks().size() + changedChunks);
    assertThat(store.lexical("zanzibarian lemurs", 5, SearchFilter.NONE))
        .extracting(hit -> hit.chunk().episodeId())
        .containsOnly(YOUTUBE)
        .isNotEmpty();
  }

  @Test
  void resyncRemovesAnEpisodeWhoseSourceIsGone() {
    Indexer indexer = new Indexer(corpus.chunker, corpus.embedder, store);
    indexer.sync(corpus.episodes, corpus.transcripts);

    List<Episode> remaining =
        corpus.episodes.stream().filter(e -> !e.id().equals(YOUTUBE)).toList();
    IndexReport report = indexer.sync(remaining, corpus.transcripts);

    assertThat(report.removedEpisodes()).isEqualTo(1);
    assertThat(report.embeddedEpisodes()).isZero();
    assertThat(store.episodeHashes()).doesNotContainKey(YOUTUBE).hasSize(3);
    assertThat(store.chunkCount())
        .isEqualTo(corpus.chunkCount() - corpus.episode(YOUTUBE).chunks().size());
    SearchFilter youtubeOnly = new SearchFilter(YOUTUBE, null, null, null);
    assertThat(store.dense(corpus.episode(YOUTUBE).vectors().get(0), 5, youtubeOnly)).isEmpty();
    assertThat(store.lexical("neural networks", 5, youtubeOnly)).isEmpty();
  }

  /**
   * The store's searches give the hybrid retriever the same top three passages as the exhaustive
   * reference ({@link ExactChunkStore}), which shares no search code with any store.
   */
  @Test
  void sampleQuestionsGetTheSameTopCitationsAsAnExhaustiveSearch() {
    assumeFalse(isReference(), "the reference is what the other stores are compared with");
    corpus.writeAll(store);

    Map<String, List<String>> citations = topCitations(store);

    assertThat(citations).hasSameSizeAs(corpus.questions);
    citations.forEach(
        (question, top) -> {
          List<String> expected = referenceCitations.get(question);
          if (denseCosineTolerance() == 0) {
            assertThat(top).as(question).isEqualTo(expected);
          } else {
            // Rounded cosines may swap near-tied passages below the first citation.
            assertThat(top).as(question).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(top.isEmpty() ? null : top.get(0))
                .as(question)
                .isEqualTo(expected.isEmpty() ? null : expected.get(0));
          }
        });
  }

  @Test
  void documentFrequenciesCountTheChunksHoldingEachAnalyzedTerm() {
    corpus.writeAll(store);
    String grokking = stem("grokking");
    String superposition = stem("superposition");
    String quantum = stem("quantum");

    var frequencies =
        store.documentFrequencies(java.util.List.of(grokking, superposition, quantum));

    assertThat(frequencies.get(grokking)).isPositive();
    assertThat(frequencies.get(superposition)).isGreaterThan(1);
    assertThat(frequencies.get(quantum)).isZero();
  }

  /**
   * The count and the word frequencies a store may keep between questions follow each change it
   * publishes: an episode written after they were read is counted in them.
   */
  @Test
  void countAndFrequenciesFollowAnEpisodeWrittenAfterTheyWereRead() {
    SampleCorpus.Prepared youtube = corpus.episode(YOUTUBE);
    corpus.prepared.stream()
        .filter(p -> p != youtube)
        .forEach(p -> store.putEpisode(p.facts(), p.hash(), p.chunks(), p.vectors()));
    store.commit();
    // Only this episode's title says it, and every one of its chunks carries the title.
    String word = stem("weird");
    int countBefore = store.chunkCount();
    int frequencyBefore = store.documentFrequencies(java.util.List.of(word)).get(word);

    store.putEpisode(youtube.facts(), youtube.hash(), youtube.chunks(), youtube.vectors());
    store.commit();

    assertThat(store.chunkCount()).isEqualTo(countBefore + youtube.chunks().size());
    assertThat(store.documentFrequencies(java.util.List.of(word)).get(word))
        .isGreaterThan(frequencyBefore);
  }

  @Test
  void aTermPrefixIsFoundOnlyWhenSomeChunkHasSuchATerm() {
    corpus.writeAll(store);
    assertThat(store.hasTermStartingWith("superpo")).isTrue();
    assertThat(store.hasTermStartingWith("quantu")).isFalse();
  }

  /** Every hit of both searches, for a dense and a lexical probe, lies in {@code episodes}. */
  private void assertOnlyEpisodes(SearchFilter filter, Set<String> episodes) {
    float[] probe = corpus.embedder.embedQuery("mechanistic interpretability of neural networks");
    List<ScoredChunk> dense = store.dense(probe, 40, filter);
    List<ScoredChunk> lexical = store.lexical("neel nanda interpretability models", 40, filter);
    for (List<ScoredChunk> hits : List.of(dense, lexical)) {
      assertThat(hits).isNotEmpty();
      assertThat(hits.stream().map(h -> h.chunk().episodeId()).collect(Collectors.toSet()))
          .as(filter.toString())
          .isEqualTo(episodes);
    }
  }

  /** The top three citations (episode and second) the hybrid retriever gives each question. */
  private Map<String, List<String>> topCitations(ChunkStore searched) {
    HybridRetriever retriever = new HybridRetriever(corpus.embedder, searched, evidence(searched));
    Map<String, List<String>> citations = new LinkedHashMap<>();
    for (String question : corpus.questions) {
      citations.put(
          question,
          retriever.retrieve(question, SearchFilter.NONE, 3).passages().stream()
              .map(p -> p.chunk().episodeId() + "@" + p.chunk().startSeconds())
              .toList());
    }
    return citations;
  }

  private static String stem(String word) {
    try (var terms = new dev.podcastqa.retrieve.QueryTerms()) {
      return terms.of(word).iterator().next();
    }
  }

  /** The evidence finder production wiring gives a retriever over {@code store}. */
  static dev.podcastqa.retrieve.EvidenceFinder evidence(ChunkStore store) {
    return new dev.podcastqa.retrieve.EvidenceFinder(
        new dev.podcastqa.retrieve.QueryTerms(), dev.podcastqa.retrieve.WordRarity.load(), store);
  }
}
