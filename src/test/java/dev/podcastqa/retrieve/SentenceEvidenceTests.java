package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Reading passages sentence by sentence: the question's words held together in one window, the
 * words no best window holds, and whether those windows hold the number or name a question asks
 * for. Weights are given directly, so each figure can be worked out by hand.
 */
class SentenceEvidenceTests {

  private static final QueryTerms TERMS = new QueryTerms();

  private final SentenceEvidence sentences = new SentenceEvidence(TERMS);

  @AfterAll
  static void closeTerms() {
    TERMS.close();
  }

  /** "salary" weighs 3, "scientist" 1: of the question's weight 4, a window with both holds 4. */
  private static Map<String, Double> weights() {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("salari", 3.0);
    weights.put("scientist", 1.0);
    return weights;
  }

  private static Map<String, String> stems() {
    Map<String, String> stems = new LinkedHashMap<>();
    stems.put("salary", "salari");
    stems.put("scientist", "scientist");
    return stems;
  }

  /**
   * A sentence in which the speaker admits not knowing the thing asked holds no answer to it: "And
   * I forget what the exact salary was" supports "What is the salary of a scientist?" no more than
   * a sentence without the word (after Early Days of Ethereum's "And I forget what the exact title
   * of the blog post was", probe36b).
   */
  @Test
  void aClauseAdmittingNotKnowingTheAskedThingSupportsNothing() {
    String question = "What is the salary of a scientist?";
    SentenceEvidence.Reading forgot =
        read(question, "The scientist joined in May. And I forget what the exact salary was.");
    SentenceEvidence.Reading said =
        read(question, "The scientist joined in May. And I know what the exact salary was.");

    assertThat(said.support()).isCloseTo(1.0, within(1e-9));
    assertThat(forgot.support()).isCloseTo(0.25, within(1e-9));
    assertThat(forgot.lacking()).containsExactly("salary");
  }

  @Test
  void bothWordsInOneSentenceSupportFully() {
    SentenceEvidence.Reading reading =
        read(
            "What is the salary of a scientist?",
            "Intro here. The scientist said the salary was fine. Then other things.");

    assertThat(reading.support()).isCloseTo(1.0, within(1e-9));
    assertThat(reading.lacking()).isEmpty();
    assertThat(reading.uncovered()).isZero();
  }

  @Test
  void wordsSentencesApartSupportOnlyAsMuchAsTheBestWindowHolds() {
    // "scientist" in the first sentence, "salary" three sentences on: no window of two holds both.
    SentenceEvidence.Reading reading =
        read(
            "What is the salary of a scientist?",
            "The scientist spoke. Weather was nice. Lunch was late. The salary came up.");

    assertThat(reading.support()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void twoSentencesInARowCountAsOneWindow() {
    SentenceEvidence.Reading reading =
        read(
            "What is the salary of a scientist?",
            "The scientist spoke. The salary came up. Lunch was late.");

    assertThat(reading.support()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void theTopicWithoutTheAskedWordLacksIt() {
    SentenceEvidence.Reading reading =
        read("What is the salary of a scientist?", "The chief scientist works hard.");

    assertThat(reading.support()).isCloseTo(0.25, within(1e-9));
    assertThat(reading.lacking()).containsExactly("salary");
    // "salary" weighs 3 of an unseen word's 6.
    assertThat(reading.uncovered()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void theRareWordsTogetherInOneWindowCoverTheRarerHalf() {
    // The rarer half of {salary 3, scientist 1} is "salary" alone.
    SentenceEvidence.Reading together =
        read("What is the salary of a scientist?", "The scientist said the salary was fine.");
    SentenceEvidence.Reading without =
        read("What is the salary of a scientist?", "The scientist spoke. Lunch was late.");

    assertThat(together.rareSentence()).isCloseTo(1.0, within(1e-9));
    assertThat(without.rareSentence()).isZero();
  }

  @Test
  void rareWordsSpreadOverAPassageCoverOnlyWhatOneWindowHolds() {
    // Rarer half of four words weighing 4, 3, 2, 1: "alpha" and "beta" (7). No window of two
    // sentences holds both; the best holds "alpha" (4 of 7).
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("alpha", 4.0);
    weights.put("beta", 3.0);
    weights.put("gamma", 2.0);
    weights.put("delta", 1.0);
    Map<String, String> stems = new LinkedHashMap<>();
    weights.keySet().forEach(w -> stems.put(w, w));

    SentenceEvidence.Reading reading =
        sentences.read(
            "alpha beta gamma delta?",
            stems,
            weights,
            List.of(passage("Alpha gamma. Nothing here. Nothing there. Beta delta.")),
            6);

    assertThat(SentenceEvidence.rarerHalf(weights)).containsOnlyKeys("alpha", "beta");
    assertThat(reading.rareSentence()).isCloseTo(4.0 / 7, within(1e-9));
  }

  @Test
  void aLongerFormOfAWordSharingItsStemStillHoldsIt() {
    Map<String, Double> weights = Map.of("crowdfund", 1.0);

    assertThat(SentenceEvidence.covered(weights, Set.of("crowdfunding"))).isEqualTo(1.0);
    assertThat(SentenceEvidence.covered(weights, Set.of("crowd"))).isEqualTo(1.0);
    assertThat(SentenceEvidence.covered(weights, Set.of("crown"))).isZero();
    // Under five letters a prefix is no match: "data" does not hold "dat".
    assertThat(SentenceEvidence.covered(Map.of("dat", 1.0), Set.of("data"))).isZero();
  }

  @Test
  void aQuestionAfterAnAmountLacksItWhenNoWindowHasANumber() {
    // The older, looser check the fitted gate no longer weighs (AskedSlot replaced it).
    assertThat(lacks("How much does the course cost?", "The course is good and popular.")).isTrue();
    assertThat(lacks("How much does the course cost?", "The course costs 99 dollars.")).isFalse();
    assertThat(lacks("How many people came?", "About three hundred came.")).isFalse();
    assertThat(lacks("What is the price of the book?", "It was $20.")).isFalse();
  }

  @Test
  void aQuestionAfterANameLacksItWhenNoWindowNamesSomethingNew() {
    assertThat(lacks("Which editor does Todd use?", "Todd said he likes his editor a lot."))
        .isTrue();
    assertThat(lacks("Which editor does Todd use?", "Todd said he uses Sublime every day."))
        .isFalse();
    // A capital that opens a sentence names nothing.
    assertThat(lacks("Who founded it?", "It was founded long ago. Someone did.")).isTrue();
    assertThat(lacks("Who founded it?", "It was founded by Travis long ago.")).isFalse();
  }

  @Test
  void otherQuestionsNeverLackAnAskedKind() {
    assertThat(lacks("Why did she leave chemistry?", "She left.")).isFalse();
    assertThat(lacks("What is grokking?", "grokking is delayed generalization")).isFalse();
  }

  @Test
  void noWeightedWordsOrNoPassagesGiveNoEvidence() {
    assertThat(sentences.read("what?", Map.of(), Map.of(), List.of(passage("x")), 6).support())
        .isZero();
    assertThat(sentences.read("salary?", stems(), weights(), List.of(), 6).best()).isEmpty();
  }

  @Test
  void theBestWindowsComeFirstAndAreFew() {
    SentenceEvidence.Reading reading =
        read(
            "What is the salary of a scientist?",
            "A scientist. B. C. D. The scientist and the salary. E. F.");

    assertThat(reading.best()).hasSizeLessThanOrEqualTo(SentenceEvidence.BEST_WINDOWS);
    assertThat(reading.best().get(0)).contains("salary");
  }

  private SentenceEvidence.Reading read(String question, String text) {
    return sentences.read(question, stems(), weights(), List.of(passage(text)), 6);
  }

  private static boolean lacks(String question, String window) {
    return SentenceEvidence.lacksAskedKind(
        question, List.of(new SentenceEvidence.Window(window, 1)));
  }

  private static Passage passage(String text) {
    Chunk chunk = new Chunk("c-1", "episode", ChunkKind.TRANSCRIPT, 0, null, null, "", text, null);
    return new Passage(chunk, 0.5, 0.5, 1.0, 1, 1);
  }
}
