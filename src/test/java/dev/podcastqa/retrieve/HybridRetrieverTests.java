package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.QuestionAnswerer;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import dev.podcastqa.testing.TestConfig;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hybrid retrieval over the sample corpus: fusion, filters and the grokking example. */
class HybridRetrieverTests {

  private static final String JUNE_2023 = "neel-nanda-mechanistic-interpretability";
  private static final String DECEMBER_2024 =
      "neel-nanda-mechanistic-interpretability-sparse-autoencoders";

  private static Pipeline pipeline;
  private static QuestionAnswerer answers;

  @BeforeAll
  static void open() {
    pipeline = new Application(TestConfig.sampleCorpus("retrieval")).open();
    answers = (QuestionAnswerer) pipeline.answers();
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  @Test
  void networksThatGeneralizeLongAfterMemorizingFindTheGrokkingChapter() {
    var answer =
        answers.answer(
            Question.of(
                "How do networks end up generalizing long after they have memorized the training data?"));

    assertThat(answer.citations())
        .extracting(c -> c.episodeId(), c -> c.startSeconds(), c -> c.quote())
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                JUNE_2023, 2966, "Grokking and Sudden Generalization"));
  }

  @Test
  void aWordFewPassagesUseWeighsMoreThanOneManyUseAndAnUnknownWordMostOfAll() {
    var rarity = pipeline.retriever().rarity(List.of("grok", "interpret", "zzqxv"));

    assertThat(rarity.get("grok")).isGreaterThan(rarity.get("interpret"));
    assertThat(rarity.get("zzqxv")).isGreaterThan(rarity.get("grok"));
    assertThat(rarity.get("zzqxv"))
        .isCloseTo(Math.log((pipeline.store().chunkCount() + 1) / 0.5), within(1e-9));
  }

  @Test
  void passagesFoundByBothSearchesRankAboveThoseFoundByOne() {
    ScoredChunk both = hit("both");
    ScoredChunk denseOnly = hit("dense");
    ScoredChunk lexicalOnly = hit("lexical");

    List<Passage> fused =
        HybridRetriever.fuse(List.of(denseOnly, both), List.of(lexicalOnly, both), 10);

    assertThat(fused.get(0).chunk().id()).isEqualTo("both");
    assertThat(fused.get(0).foundByDense()).isTrue();
    assertThat(fused.get(0).foundByLexical()).isTrue();
    assertThat(fused).hasSize(3);
    assertThat(fused.get(1).denseRank() + fused.get(1).lexicalRank()).isEqualTo(1);
  }

  @Test
  void anEpisodeFilterKeepsEveryPassageInThatEpisode() {
    Retrieval retrieval =
        answers.retrieve(
            new Question("What is superposition?", null, DECEMBER_2024, null, null, null));

    assertThat(retrieval.passages())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.chunk().episodeId()).isEqualTo(DECEMBER_2024));
  }

  @Test
  void passagesOfAnEpisodeTheCatalogDoesNotListAreLeftOut() {
    // a process sharing its index with another finds the other's new passages a moment before
    // its catalog lists their episode: answering from them would name an episode it cannot cite
    EvidenceFinder evidence =
        new EvidenceFinder(pipeline.terms(), WordRarity.load(), pipeline.store());
    HybridRetriever all =
        new HybridRetriever(pipeline.embedder(), pipeline.store(), evidence, id -> "", id -> true);
    HybridRetriever notJune =
        new HybridRetriever(
            pipeline.embedder(), pipeline.store(), evidence, id -> "", id -> !id.equals(JUNE_2023));
    String question = "What is mechanistic interpretability?";

    assertThat(all.retrieve(question, SearchFilter.NONE, 8).passages())
        .extracting(p -> p.chunk().episodeId())
        .contains(JUNE_2023);
    assertThat(notJune.retrieve(question, SearchFilter.NONE, 8).passages())
        .isNotEmpty()
        .extracting(p -> p.chunk().episodeId())
        .doesNotContain(JUNE_2023);
  }

  @Test
  void aPodcastFilterIgnoresCaseAndKeepsOtherPodcastsOut() {
    Retrieval retrieval =
        answers.retrieve(
            new Question("interpretability", null, null, "the cognitive revolution", null, null));

    assertThat(retrieval.passages())
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.chunk().episodeId())
                    .startsWith("mechanistic-interpretability-philosophy"));
  }

  @Test
  void aDateRangeKeepsEpisodesPublishedInsideItAndThoseWithoutADateOut() {
    Retrieval since2024 =
        answers.retrieve(
            new Question("interpretability", null, null, null, LocalDate.of(2024, 1, 1), null));
    Retrieval in2023 =
        answers.retrieve(
            new Question(
                "interpretability",
                null,
                null,
                null,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31)));

    assertThat(since2024.passages())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.chunk().episodeId()).isEqualTo(DECEMBER_2024));
    assertThat(in2023.passages())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.chunk().episodeId()).isEqualTo(JUNE_2023));
  }

  @Test
  void sponsorAndSiteChromeTextIsNeverRetrieved() {
    for (String question :
        List.of(
            "CentML pricing for GenAI model deployment",
            "Top Podcasts In Technology Lex Fridman",
            "Box AI state of AI in the enterprise report",
            "successfully signed in billing info updated")) {
      Retrieval retrieval = answers.retrieve(Question.of(question));
      assertThat(retrieval.passages())
          .as(question)
          .noneSatisfy(
              p ->
                  assertThat(p.chunk().text())
                      .containsAnyOf("CentML", "Lex Fridman", "Box AI", "signed in", "billing"));
    }
  }

  @Test
  void aQuestionAboutSomethingNoEpisodeMentionsCarriesThatWordAsEvidence() {
    Retrieval retrieval =
        answers.retrieve(Question.of("What did Neel Nanda say about quantum computing?"));

    assertThat(retrieval.evidence().missingSpecificWords()).containsExactly("quantum");
  }

  @Test
  void spellingVariantsOfCorpusWordsAreNotMissing() {
    Retrieval retrieval = answers.retrieve(Question.of("Is grokking sudden generalisation?"));

    assertThat(retrieval.evidence().missingSpecificWords()).isEmpty();
  }

  private static ScoredChunk hit(String id) {
    return new ScoredChunk(
        new Chunk(id, "episode", ChunkKind.CHAPTER, 0, null, null, "", "text " + id, null), 1);
  }
}
