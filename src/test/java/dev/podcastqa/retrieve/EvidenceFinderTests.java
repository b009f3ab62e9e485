package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a question's own words say about a tiny corpus: which specific words no chunk has, and how
 * much of the question, weighted by rarity, the best passages hold. The tests check invariants
 * (rare words weigh more, all words give 1, none give 0) rather than tuned constants.
 */
class EvidenceFinderTests {

  private static final QueryTerms TERMS = new QueryTerms();

  /** Ten chunks: "model" in every one, "grokking" in one, "behavior" (American spelling) in one. */
  private static final List<String> CORPUS =
      List.of(
          "The model memorizes its training data before grokking sets in.",
          "Every model has layers.",
          "A model of the world.",
          "This model is large.",
          "The model was trained for long.",
          "Another model, another day.",
          "The model behavior surprised them.",
          "A small model.",
          "The model's weights.",
          "Model after model.");

  /** Everyday words of the questions below; every other word is unranked, so specific. */
  private static final Map<String, Integer> EVERYDAY =
      Map.of("what", 1, "which", 2, "how", 3, "did", 4, "show", 5, "about", 6);

  /** "episode" only frames a question. */
  private final EvidenceFinder finder =
      new EvidenceFinder(TERMS, new WordRarity(EVERYDAY, Set.of("episode")), new TextStore(CORPUS));

  @AfterAll
  static void closeTerms() {
    TERMS.close();
  }

  @Test
  void aQuestionHeardAsAskedIsCountedInTheStoreOnceAndRespelledTwice() {
    TextStore store = new TextStore(CORPUS);
    EvidenceFinder counting =
        new EvidenceFinder(TERMS, new WordRarity(EVERYDAY, Set.of("episode")), store);

    EvidenceFinder.Heard asked =
        counting.heard("What did the model show?", List.of(passage("The model.")));
    counting.find(asked, List.of(passage("The model.")));
    assertThat(store.counted).as("one count for hearing and finding").isEqualTo(1);

    EvidenceFinder.Heard respelled =
        counting.heard("Which zanzibarr model?", List.of(passage("The zanzibar model is large.")));
    assertThat(respelled.text()).isEqualTo("Which zanzibar model?");
    assertThat(store.counted).as("the respelled question is counted again").isEqualTo(3);
  }

  @Test
  void aWordNoChunkHasIsReadAsTheBestPassagesSpellIt() {
    String heard =
        finder.asSaid("Which zanzibarr model?", List.of(passage("The zanzibar model is large.")));

    assertThat(heard).isEqualTo("Which zanzibar model?");
  }

  @Test
  void aWordSomeChunkHasIsNotRespelled() {
    String question = "Which model grokking?";

    assertThat(finder.asSaid(question, List.of(passage("The modal grokkings."))))
        .isEqualTo(question);
  }

  @Test
  void aSpecificWordNoChunkHasIsMissing() {
    TermEvidence evidence = finder.find("What about the zanzibarian model?", List.of());

    assertThat(evidence.missingSpecificWords()).containsExactly("zanzibarian");
  }

  @Test
  void anEverydayWordNoChunkHasIsNotMissing() {
    EvidenceFinder everyday =
        new EvidenceFinder(
            TERMS, new WordRarity(Map.of("bread", 1), Set.of()), new TextStore(CORPUS));

    assertThat(everyday.find("Is there bread in the model?", List.of()).missingSpecificWords())
        .isEmpty();
  }

  @Test
  void anEverydayWordNoChunkHasIsMissingWhenTheQuestionAsksForAViewOfItAsAName() {
    // Real tuning near-misses: "julia" and "turkey" rank among everyday words, yet written as
    // names they ask about a language and a country that no episode mentions.
    EvidenceFinder everyday =
        new EvidenceFinder(
            TERMS,
            new WordRarity(
                Map.of(
                    "julia",
                    1,
                    "turkey",
                    2,
                    "language",
                    3,
                    "think",
                    4,
                    "coup",
                    5,
                    "sauce",
                    6,
                    "say",
                    7,
                    "like",
                    8),
                Set.of()),
            new TextStore(CORPUS));

    assertThat(
            everyday
                .find("What does he think of the Julia language for the model?", List.of())
                .missingSpecificWords())
        .containsExactly("julia");
    assertThat(
            everyday
                .find("What does the model say about the coup in Turkey?", List.of())
                .missingSpecificWords())
        .containsExactly("turkey");
    // The same words in lower case, as the question's first word or outside a view, are phrasing.
    assertThat(
            everyday
                .find("Does the model like turkey or julia sauce?", List.of())
                .missingSpecificWords())
        .isEmpty();
    assertThat(everyday.find("Turkey in the model?", List.of()).missingSpecificWords()).isEmpty();
    assertThat(everyday.find("Is the model from Turkey?", List.of()).missingSpecificWords())
        .isEmpty();
  }

  @Test
  void aMonthOrWeekdayNoChunkHasIsNoNameThoughCapitalized() {
    EvidenceFinder everyday =
        new EvidenceFinder(
            TERMS,
            new WordRarity(
                Map.of("december", 1, "monday", 2, "say", 3, "interview", 4, "he", 5), Set.of()),
            new TextStore(CORPUS));

    // Sample tuning set, answerable: "How young is Neel in the December 2024 interview?"
    assertThat(
            everyday
                .find(
                    "What did he say about the model in the December interview on Monday?",
                    List.of())
                .missingSpecificWords())
        .isEmpty();
  }

  @Test
  void aQuestionWordNoChunkHasIsNeitherMissingNorWeighed() {
    TermEvidence withQuestionWord =
        finder.find("Grokking in an episode?", List.of(passage("grokking")));

    assertThat(withQuestionWord.missingSpecificWords()).isEmpty();
    // "episode" is no part of the question's substance: the passage holds all of the rest.
    assertThat(withQuestionWord.lexicalSupport()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void anotherSpellingOfAWordTheCorpusHasIsNotMissing() {
    assertThat(finder.find("What behaviour did the model show?", List.of()).missingSpecificWords())
        .isEmpty();
  }

  @Test
  void aPassageHoldingARareWordSupportsMoreThanOneHoldingACommonOne() {
    String question = "grokking model";

    double rare = finder.find(question, List.of(passage("grokking"))).lexicalSupport();
    double common = finder.find(question, List.of(passage("model"))).lexicalSupport();

    assertThat(rare).isGreaterThan(common);
    assertThat(rare).isGreaterThan(0.5);
    assertThat(rare + common).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void supportIsOneWhenAPassageHoldsEveryWordAndZeroWhenNoneDoes() {
    String question = "grokking model";

    assertThat(finder.find(question, List.of(passage("the model and grokking"))).lexicalSupport())
        .isCloseTo(1.0, within(1e-9));
    assertThat(finder.find(question, List.of(passage("nothing relevant here"))).lexicalSupport())
        .isZero();
    assertThat(finder.find(question, List.of()).lexicalSupport()).isZero();
  }

  @Test
  void supportIsTheBestPassagesShareNotASum() {
    String question = "grokking model";
    double rare = finder.find(question, List.of(passage("grokking"))).lexicalSupport();

    double both =
        finder.find(question, List.of(passage("model"), passage("grokking"))).lexicalSupport();

    assertThat(both).isEqualTo(rare);
  }

  @Test
  void theChapterContextOfAPassageCountsAsItsWords() {
    Passage inContext = passage("Grokking and Sudden Generalization", "they talk at length");

    assertThat(finder.find("grokking", List.of(inContext)).lexicalSupport())
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void onlyTheFirstPassagesAreLookedAt() {
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < EvidenceFinder.PASSAGES; i++) {
      passages.add(passage("nothing relevant here"));
    }
    passages.add(passage("grokking model"));

    assertThat(finder.find("grokking model", passages).lexicalSupport()).isZero();
  }

  @Test
  void bm25sFirstHitHoldingTheRarerWordsCountsForThemWhereverFusionPlacedIt() {
    // "grokking" and "layers" are each in one chunk, "model" in all: the rarer half is the two.
    String question = "grokking model layers";
    List<Passage> fused = new ArrayList<>();
    for (int i = 1; i <= EvidenceFinder.RARE_PASSAGES; i++) {
      fused.add(ranked("nothing relevant here " + i, i, 0));
    }
    List<Passage> lexicalFirst = new ArrayList<>(fused);
    lexicalFirst.add(ranked("The model has layers, then grokking.", 0, 1));

    TermEvidence found = finder.find(question, lexicalFirst);

    assertThat(found.rareCoverage()).isCloseTo(1.0, within(1e-9));
    assertThat(found.uncovered()).isZero();
    assertThat(finder.find(question, fused).rareCoverage()).isZero();
    assertThat(finder.find(question, fused).uncovered()).isGreaterThan(0.5);
  }

  @Test
  void aLaterPassageCountsForTheRarerWordsOnlyAsBm25sFirstHitHoldingEachOfThem() {
    String question = "grokking model layers";
    List<Passage> fused = new ArrayList<>();
    for (int i = 1; i <= EvidenceFinder.RARE_PASSAGES; i++) {
      fused.add(ranked("nothing relevant here " + i, i, 0));
    }
    List<Passage> second = new ArrayList<>(fused);
    second.add(ranked("The model has layers, then grokking.", 0, 2));
    // A near-miss's BM25 first names its subject, not the fact asked about it.
    List<Passage> partial = new ArrayList<>(fused);
    partial.add(ranked("Then grokking.", 0, 1));

    assertThat(finder.find(question, second).rareCoverage()).isZero();
    assertThat(finder.find(question, partial).rareCoverage()).isZero();
    assertThat(finder.find(question, partial).uncovered()).isGreaterThan(0.5);
  }

  @Test
  void aTokenOfOneCharacterIsNoWordOfTheEvidence() {
    // "x" and "4" are in no chunk, so would weigh the most of all; they name nothing to look for.
    for (String question : List.of("Which model is spelled with an x?", "Which model is 4?")) {
      TermEvidence evidence = finder.find(question, List.of(passage("The model is spelled so.")));

      assertThat(evidence.lexicalSupport()).as(question).isCloseTo(1.0, within(1e-9));
      assertThat(evidence.sentenceSupport()).as(question).isCloseTo(1.0, within(1e-9));
      assertThat(evidence.lackingWords()).as(question).isEmpty();
    }
    assertThat(finder.find("model x", List.of(passage("x x, x"))).lexicalSupport()).isZero();
  }

  @Test
  void aQuestionOfEverydayWordsHasNothingMissingAndNoSupportFromAnUnrelatedPassage() {
    TermEvidence evidence = finder.find("what is it and how?", List.of(passage("grokking")));

    assertThat(evidence.missingSpecificWords()).isEmpty();
    assertThat(evidence.lexicalSupport()).isZero();
  }

  @Test
  void anEmptyQuestionOrOneOfStopWordsHasNoEvidence() {
    for (String question : List.of("", "the and of it", "?!")) {
      TermEvidence evidence = finder.find(question, List.of(passage("the and of it grokking")));

      assertThat(evidence.missingSpecificWords()).as(question).isEmpty();
      assertThat(evidence.lexicalSupport()).as(question).isZero();
    }
  }

  @Test
  void coverageWeighsRareWordsAboveCommonOnes() {
    double rare = finder.coverage("grokking model", "a sentence on grokking");
    double common = finder.coverage("grokking model", "a sentence on the model");

    assertThat(rare).isGreaterThan(common);
    assertThat(rare + common).isCloseTo(1.0, within(1e-9));
    assertThat(finder.coverage("grokking model", "the model, grokking"))
        .isCloseTo(1.0, within(1e-9));
    assertThat(finder.coverage("grokking model", "bread")).isZero();
    assertThat(finder.coverage("", "grokking")).isZero();
    assertThat(finder.coverage("the and of", "grokking")).isZero();
  }

  @Test
  void wordsNoChunkHasWeighMostOfAll() {
    // "zanzibarian" is in no chunk: rarer than "grokking", which is in one.
    double unseen = finder.coverage("zanzibarian grokking", "zanzibarian");

    assertThat(unseen).isGreaterThan(0.5);
  }

  @Test
  void functionWordsAreNotWeighedSoTheyNeitherSupportNorLack() {
    // "what", "does" and "do" are Snowball stop words: "grokking" is all there is to hold.
    TermEvidence evidence = finder.find("What does grokking do?", List.of(passage("grokking")));

    assertThat(evidence.lexicalSupport()).isCloseTo(1.0, within(1e-9));
    assertThat(evidence.sentenceSupport()).isCloseTo(1.0, within(1e-9));
    assertThat(evidence.lackingWords()).isEmpty();
    assertThat(TERMS.isFunctionWord("does")).isTrue();
    assertThat(TERMS.isFunctionWord("grokking")).isFalse();
  }

  @Test
  void wordsOnePassageHoldsFarApartSupportItLessSentenceBySentence() {
    Passage apart =
        passage("The model was big. It rained. They ate. Then grokking happened. The end.");
    Passage together = passage("The model was big. Then grokking happened. The end.");

    TermEvidence far = finder.find("grokking model", List.of(apart));
    TermEvidence near = finder.find("grokking model", List.of(together));

    // The whole passage holds both words either way; only one sentence window tells them apart.
    assertThat(far.lexicalSupport()).isEqualTo(near.lexicalSupport()).isCloseTo(1, within(1e-9));
    assertThat(near.sentenceSupport()).isCloseTo(1.0, within(1e-9));
    assertThat(far.sentenceSupport()).isLessThan(1.0).isGreaterThan(0.5);
    assertThat(far.bestSentences().get(0)).contains("grokking");
  }

  @Test
  void theWordsNoBestSentenceHoldsAreLacking() {
    TermEvidence evidence =
        finder.find("grokking model layers", List.of(passage("The model and grokking.")));

    assertThat(evidence.lackingWords()).containsExactly("layers");
    assertThat(evidence.sentenceUncovered()).isGreaterThan(0);
  }

  @Test
  void wordsEachInAPassageOfItsOwnAreApartAndTwoInOnePassageAreNot() {
    String question = "grokking model layers";
    List<Passage> apart =
        List.of(passage("grokking happened"), passage("the model"), passage("many layers"));

    assertThat(finder.find(question, apart).wordsApart()).isEqualTo(1);
    // Two of the three words in one passage, even sentences apart, are together.
    List<Passage> two =
        List.of(passage("grokking happened. It rained."), passage("the model has layers"));
    assertThat(finder.find(question, two).wordsApart()).isZero();
    // The chapter context counts as the passage's words.
    List<Passage> inContext =
        List.of(passage("Grokking and Sudden Generalization", "the model"), passage("layers"));
    assertThat(finder.find(question, inContext).wordsApart()).isZero();
  }

  /**
   * The episode's title counts as its passages' words, as the chapter title does: "Where is Taylor
   * Gerring from?" over the episode "Taylor Gerring" of Early Days of Ethereum (probe36b; the
   * captions hear the surname as "Gowering" and say "Taylor" alone) is about its guest, not two
   * words found apart.
   */
  @Test
  void theEpisodeTitleCountsAsItsPassagesWordsForWordsApart() {
    String question = "Where is Taylor Gerring from?";
    List<Passage> passages =
        List.of(
            passage(
                "So uh, so Taylor, do tell us something about yourself in general, like where are"
                    + " you from?"),
            passage("really happy uh, to have Taylor Gowering here, uh, as a guest."));
    EvidenceFinder titled =
        new EvidenceFinder(
            TERMS,
            new WordRarity(EVERYDAY, Set.of("episode")),
            new TextStore(CORPUS),
            id -> id.equals("episode") ? "Episode004 Taylor Gerring" : "");

    assertThat(finder.find(question, passages).wordsApart()).isEqualTo(1);
    assertThat(titled.find(question, passages).wordsApart()).isZero();
  }

  @Test
  void aWordSharingItsFirstLettersAndStemWithAQuestionWordHoldsItForWordsApart() {
    // "introduce" and "Introduction" stem differently ("introduc", "introduct").
    List<Passage> chapter = List.of(passage("Introduction and Welcome"));

    assertThat(finder.find("When do they introduce and welcome them?", chapter).wordsApart())
        .isZero();
    assertThat(finder.find("When do they introduce and greet them?", chapter).wordsApart())
        .isEqualTo(1);
  }

  @Test
  void aQuestionOfOneWordOrWordsBeyondTheFirstPassagesIsNotApartByThatAlone() {
    assertThat(finder.find("What is grokking?", List.of(passage("nothing here"))).wordsApart())
        .as("one weighed word cannot be apart from another")
        .isZero();
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < EvidenceFinder.PASSAGES; i++) {
      passages.add(passage("nothing relevant here"));
    }
    passages.add(passage("grokking model"));
    assertThat(finder.find("grokking model", passages).wordsApart())
        .as("only the first passages are read")
        .isEqualTo(1);
  }

  private static Passage passage(String text) {
    return passage("", text);
  }

  /** A passage of {@code text} at those ranks of the dense and BM25 searches (0: not found). */
  private static Passage ranked(String text, int denseRank, int lexicalRank) {
    Passage p = passage(text);
    return new Passage(p.chunk(), 0.5, 0.5, 1.0, denseRank, lexicalRank);
  }

  private static Passage passage(String context, String text) {
    Chunk chunk =
        new Chunk(
            "c-" + Math.abs(text.hashCode()),
            "episode",
            ChunkKind.TRANSCRIPT,
            0,
            null,
            null,
            context,
            text,
            null);
    return new Passage(chunk, 0.5, 0.5, 1.0, 1, 1);
  }

  /**
   * A store that knows only its chunks' texts, analysed as the BM25 fields are: what the finder
   * asks of a store (term counts, prefixes, size) and nothing else.
   */
  private static final class TextStore implements ChunkStore {
    /** How many times chunk counts were asked for. */
    int counted;

    private final List<Set<String>> chunks = new ArrayList<>();

    TextStore(List<String> texts) {
      texts.forEach(text -> chunks.add(TERMS.of(text)));
    }

    @Override
    public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
      counted++;
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String term : analyzedTerms) {
        counts.put(term, (int) chunks.stream().filter(c -> c.contains(term)).count());
      }
      return counts;
    }

    @Override
    public boolean hasTermStartingWith(String prefix) {
      return chunks.stream().flatMap(Set::stream).anyMatch(t -> t.startsWith(prefix));
    }

    @Override
    public int chunkCount() {
      return chunks.size();
    }

    @Override
    public Map<String, String> episodeHashes() {
      return Collections.emptyMap();
    }

    @Override
    public void putEpisode(
        EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors) {
      throw new UnsupportedOperationException("read-only test store");
    }

    @Override
    public void removeEpisode(String episodeId) {
      throw new UnsupportedOperationException("read-only test store");
    }

    @Override
    public void commit() {}

    @Override
    public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
      throw new UnsupportedOperationException("the evidence finder does not search");
    }

    @Override
    public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
      throw new UnsupportedOperationException("the evidence finder does not search");
    }

    @Override
    public String describe() {
      return "texts";
    }

    @Override
    public void close() {}
  }
}
