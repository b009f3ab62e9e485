package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.AnswerSignals;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gate's decision on both sides of its boundary, for each signal it weighs, with simple weights
 * whose boundary is known: z = -2 + 10 * (cosine - 0.40) + 4 * support - 3 * missingWord - 4 *
 * uncovered - 10 * focusGain - 1 * askedSlot - 2 * missingName - 1.5 * askedName, answered when
 * sigmoid(z) >= 0.5, that is when z >= 0. Each case sits 0.01 to 0.02 of z from the boundary, on
 * one side and then the other.
 */
class RelevanceGateTests {

  private static final double FLOOR = 0.40;

  private static final GateWeights WEIGHTS =
      weights(
          Map.of(
              "cosine", 10.0,
              "support", 4.0,
              "missingWord", -3.0,
              "uncovered", -4.0,
              "focusGain", -10.0,
              "askedSlot", -1.0,
              "missingName", -2.0,
              "askedName", -1.5),
          0.5);

  private final RelevanceGate gate = new RelevanceGate(WEIGHTS, FLOOR, 0);

  @Test
  void aPassageJustAboveTheBoundaryIsAnswered() {
    // 10 * 0.201 - 2 = 0.01 >= 0
    assertThat(gate.passes(signals().cosine(0.601).retrieval())).isTrue();
  }

  @Test
  void aPassageJustBelowTheBoundaryIsRefused() {
    // 10 * 0.199 - 2 = -0.01 < 0
    RelevanceGate.Decision decision = gate.decide(signals().cosine(0.599).retrieval());

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.probability()).isLessThan(0.5).isGreaterThan(0.49);
    assertThat(decision.reason()).contains("cosine 0.60");
  }

  @Test
  void wordSupportMovesTheBoundaryOfTheCosine() {
    // 10 * 0.10 + 4 * 0.26 - 2 = 0.04 against 10 * 0.10 + 4 * 0.24 - 2 = -0.04
    assertThat(gate.passes(signals().cosine(0.50).support(0.26).retrieval())).isTrue();
    assertThat(gate.passes(signals().cosine(0.50).support(0.24).retrieval())).isFalse();
  }

  @Test
  void aSpecificWordNoEpisodeMentionsWeighsAgainstAnswering() {
    // Without the missing word 10 * 0.25 - 2 = 0.5 passes; with it 0.5 - 3 does not.
    assertThat(gate.passes(signals().cosine(0.65).retrieval())).isTrue();
    RelevanceGate.Decision decision =
        gate.decide(signals().cosine(0.65).missing("quantum").retrieval());

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.reason()).contains("missingWord 1.00");
  }

  @Test
  void aMissingWordIsOutweighedByAStrongEnoughPassage() {
    // 10 * 0.501 - 2 - 3 = 0.01 against 10 * 0.499 - 2 - 3 = -0.01
    assertThat(gate.passes(signals().cosine(0.901).missing("quantum").retrieval())).isTrue();
    assertThat(gate.passes(signals().cosine(0.899).missing("quantum").retrieval())).isFalse();
  }

  @Test
  void aRareWordThePassagesLackRefusesPastItsShareOfTheMargin() {
    // 0.5 - 4 * 0.122 = 0.012 against 0.5 - 4 * 0.128 = -0.012
    assertThat(gate.passes(signals().cosine(0.65).uncovered(0.122).retrieval())).isTrue();
    assertThat(gate.passes(signals().cosine(0.65).uncovered(0.128).retrieval())).isFalse();
  }

  @Test
  void aPassageComingCloserWithoutTheLackingWordsRefuses() {
    // 0.5 - 10 * 0.049 = 0.01 against 0.5 - 10 * 0.051 = -0.01
    RelevanceGate.Decision closer = gate.decide(signals().cosine(0.65).gain(0.051).retrieval());

    assertThat(gate.passes(signals().cosine(0.65).gain(0.049).retrieval())).isTrue();
    assertThat(closer.answerable()).isFalse();
    assertThat(closer.reason()).contains("focusGain 0.05");
    // A passage that moves away without the words (it says them) only helps.
    assertThat(gate.passes(signals().cosine(0.599).gain(-0.002).retrieval())).isTrue();
  }

  @Test
  void aQuestionWhoseAskedSlotTheSentencesLeaveEmptyIsRefusedNearTheBoundary() {
    // 10 * 0.301 - 2 - 1 = 0.01 against 10 * 0.299 - 2 - 1 = -0.01
    assertThat(gate.passes(signals().cosine(0.701).lacksKind().retrieval())).isTrue();
    assertThat(gate.passes(signals().cosine(0.699).lacksKind().retrieval())).isFalse();
    assertThat(gate.passes(signals().cosine(0.699).retrieval())).isTrue();
  }

  @Test
  void aNameNoChunkSaysAsSuchWeighsAgainstAnsweringNearTheBoundary() {
    String question = "What does he think of Cambridge Analytica?";

    // 10 * 0.401 - 2 - 2 = 0.01 against 10 * 0.399 - 2 - 2 = -0.01
    assertThat(gate.passes(asked(question, 0.801, 1, 0))).isTrue();
    RelevanceGate.Decision refused = gate.decide(asked(question, 0.799, 1, 0));
    assertThat(refused.answerable()).isFalse();
    assertThat(refused.reason()).contains("missingName 1.00");
    // The same passage, when some chunk says the name, is answered.
    assertThat(gate.passes(asked(question, 0.799, 0, 0))).isTrue();
  }

  @Test
  void anEmptyNameSlotWeighsItsOwnWeightNotTheOtherSlots() {
    String which = "Which company built the system?";
    String howMany = "How many people built the system?";

    // askedName: 10 * 0.351 - 2 - 1.5 = 0.01 against 10 * 0.349 - 2 - 1.5 = -0.01
    assertThat(gate.passes(asked(which, 0.751, 0, 1))).isTrue();
    assertThat(gate.passes(asked(which, 0.749, 0, 1))).isFalse();
    // askedSlot weighs -1: the count question at the same cosine is answered (z = 0.49).
    assertThat(gate.passes(asked(howMany, 0.749, 0, 1))).isTrue();
    assertThat(gate.passes(asked(howMany, 0.699, 0, 1))).isFalse();
  }

  @Test
  void theFittedThresholdIsTheBoundaryNotOneHalf() {
    // threshold 0.7: z >= ln(0.7 / 0.3) = 0.8473
    RelevanceGate strict = new RelevanceGate(weights(Map.of("cosine", 10.0), 0.7), FLOOR, 0);

    assertThat(strict.passes(signals().cosine(0.6857).retrieval())).isTrue();
    assertThat(strict.passes(signals().cosine(0.6837).retrieval())).isFalse();
  }

  @Test
  void underTheCosineFloorItsOwnHigherThresholdDecides() {
    // Thresholds 0.5 at or over the floor and 0.7 under it; z = -2 + 10 * (cosine - 0.40) + 4 *
    // support. Support 0.55: cosine 0.399 gives z = 0.19, p = 0.547, under 0.7; cosine 0.400
    // (the floor itself) gives z = 0.20, p = 0.550, over 0.5. Under the floor, support 0.72 gives
    // z = 0.87, p = 0.705, and 0.71 gives z = 0.83, p = 0.696.
    GateWeights one = weights(Map.of("cosine", 10.0, "support", 4.0), 0.5);
    RelevanceGate twoThresholds =
        new RelevanceGate(new GateWeights(one.bias(), one.weights(), 0.5, 0.7), FLOOR, 0);

    RelevanceGate.Decision under =
        twoThresholds.decide(signals().cosine(0.399).support(0.55).retrieval());
    assertThat(under.answerable()).isFalse();
    assertThat(under.reason()).contains("under the cosine floor");
    assertThat(twoThresholds.passes(signals().cosine(0.400).support(0.55).retrieval())).isTrue();
    assertThat(twoThresholds.passes(signals().cosine(0.399).support(0.72).retrieval())).isTrue();
    assertThat(twoThresholds.passes(signals().cosine(0.399).support(0.71).retrieval())).isFalse();
    // One threshold (the file without thresholdUnderFloor): the floor changes nothing.
    assertThat(
            new RelevanceGate(one, FLOOR, 0)
                .passes(signals().cosine(0.399).support(0.55).retrieval()))
        .isTrue();
  }

  @Test
  void theConfiguredMinimumCosineRefusesWhatTheModelWouldAnswer() {
    RelevanceGate floored = new RelevanceGate(WEIGHTS, FLOOR, 0.70);

    assertThat(floored.passes(signals().cosine(0.69).support(1).retrieval())).isFalse();
    assertThat(floored.passes(signals().cosine(0.71).support(1).retrieval())).isTrue();
  }

  @Test
  void aQuestionWhoseWordsArePassagesApartIsRefusedJustUnderTheOffTopicCosine() {
    // Full support: the model answers at any cosine here (z = -2 + 10 * 0.019 + 4 = 2.19).
    double under = FLOOR + RelevanceGate.OFF_TOPIC_COSINE - 0.001;
    double over = FLOOR + RelevanceGate.OFF_TOPIC_COSINE + 0.001;

    RelevanceGate.Decision refused = gate.decide(signals().cosine(under).support(1).apart());
    assertThat(refused.answerable()).isFalse();
    assertThat(refused.probability()).isGreaterThan(0.5);
    assertThat(refused.reason()).contains("off-topic");
    assertThat(gate.passes(signals().cosine(over).support(1).apart())).isTrue();
    // The same passages holding two of its words together are left to the model.
    assertThat(gate.passes(signals().cosine(under).support(1).retrieval())).isTrue();
  }

  @Test
  void aQuestionWhoseWordsAreApartAndThatWritesAWordNoChunkHasIsRefusedWhateverItsCosine() {
    // z = -2 + 10 * 0.5 + 4 - 3 = 4: the model alone answers both.
    Signals near = signals().cosine(0.90).support(1).missing("server");

    assertThat(gate.decide(near.apart()).answerable()).isFalse();
    assertThat(gate.passes(near.retrieval())).isTrue();
    // Apart, but every word is somewhere and the passage is near: the model decides.
    assertThat(gate.passes(signals().cosine(0.90).support(1).apart())).isTrue();
  }

  @Test
  void nothingRetrievedIsRefused() {
    Retrieval empty = new Retrieval("q", new float[0], List.of(), TermEvidence.NONE);

    assertThat(gate.decide(empty).answerable()).isFalse();
  }

  /**
   * One passage at {@code cosine} for {@code question}, its name phrase and asked slot as given.
   */
  private static Retrieval asked(
      String question, double cosine, double missingPhrase, double slotEmpty) {
    Chunk chunk = new Chunk("e/0", "e", ChunkKind.CHAPTER, 0, null, null, "", "text", null);
    TermEvidence evidence =
        new TermEvidence(
            List.of(),
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            slotEmpty,
            0,
            List.of("text"),
            List.of(),
            0,
            missingPhrase,
            0);
    return new Retrieval(
        question, new float[0], List.of(new Passage(chunk, 0.03, cosine, 1, 1, 1)), evidence);
  }

  /** Weights by signal name, the rest 0, with a bias of -2. */
  private static GateWeights weights(Map<String, Double> byName, double threshold) {
    List<Double> weights = new ArrayList<>();
    for (String name : AnswerSignals.NAMES) {
      weights.add(byName.getOrDefault(name, 0.0));
    }
    return new GateWeights(-2, weights, threshold);
  }

  private static Signals signals() {
    return new Signals(0, 0, List.of(), 0, 0, 0);
  }

  /** One passage's signals; everything not set is 0. */
  private record Signals(
      double cosine,
      double support,
      List<String> missing,
      double uncovered,
      double gain,
      double kindLacking) {

    Signals cosine(double value) {
      return new Signals(value, support, missing, uncovered, gain, kindLacking);
    }

    Signals support(double value) {
      return new Signals(cosine, value, missing, uncovered, gain, kindLacking);
    }

    Signals missing(String word) {
      return new Signals(cosine, support, List.of(word), uncovered, gain, kindLacking);
    }

    Signals uncovered(double value) {
      return new Signals(cosine, support, missing, value, gain, kindLacking);
    }

    Signals gain(double value) {
      return new Signals(cosine, support, missing, uncovered, value, kindLacking);
    }

    Signals lacksKind() {
      return new Signals(cosine, support, missing, uncovered, gain, 1);
    }

    Retrieval retrieval() {
      return retrieval(0);
    }

    /** The retrieval, its passages holding the question's words only apart. */
    Retrieval apart() {
      return retrieval(1);
    }

    private Retrieval retrieval(double wordsApart) {
      Chunk chunk = new Chunk("e/0", "e", ChunkKind.CHAPTER, 0, null, null, "", "text", null);
      TermEvidence evidence =
          new TermEvidence(
              missing,
              support,
              0,
              uncovered,
              1,
              0,
              0,
              0,
              kindLacking,
              0,
              List.of("text"),
              List.of(),
              gain,
              0,
              wordsApart);
      return new Retrieval(
          "q", new float[0], List.of(new Passage(chunk, 0.03, cosine, 1, 1, 1)), evidence);
    }
  }
}
