package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate's decision at and around its threshold, with simple weights whose boundary is known: p =
 * sigmoid(10 * (cosine - 0.40) + 4 * support - 2), threshold 0.5, so a question is answered exactly
 * when 10 * (cosine - 0.40) + 4 * support >= 2.
 */
class RelevanceGateTests {

  private static final double FLOOR = 0.40;

  private static final GateWeights WEIGHTS =
      new GateWeights(-2, List.of(10.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, -3.0), 0.5);

  private final RelevanceGate gate = new RelevanceGate(WEIGHTS, FLOOR, 0);

  @Test
  void aPassageJustAboveTheBoundaryIsAnswered() {
    // 10 * 0.201 + 0 = 2.01 >= 2
    assertThat(gate.passes(retrieval(0.601, List.of(), 0))).isTrue();
  }

  @Test
  void aPassageJustBelowTheBoundaryIsRefused() {
    // 10 * 0.199 = 1.99 < 2
    RelevanceGate.Decision decision = gate.decide(retrieval(0.599, List.of(), 0));

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.probability()).isLessThan(0.5).isGreaterThan(0.49);
    assertThat(decision.reason()).contains("cosine 0.60");
  }

  @Test
  void wordSupportMovesTheBoundaryOfTheCosine() {
    // 10 * 0.10 + 4 * 0.26 = 2.04 against 10 * 0.10 + 4 * 0.24 = 1.96
    assertThat(gate.passes(retrieval(0.50, List.of(), 0.26))).isTrue();
    assertThat(gate.passes(retrieval(0.50, List.of(), 0.24))).isFalse();
  }

  @Test
  void aSpecificWordNoEpisodeMentionsWeighsAgainstAnswering() {
    // Without the missing word 10 * 0.25 = 2.5 passes; with it 2.5 - 3 does not.
    assertThat(gate.passes(retrieval(0.65, List.of(), 0))).isTrue();
    RelevanceGate.Decision decision = gate.decide(retrieval(0.65, List.of("quantum"), 0));

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.reason()).contains("missingWord 1.00");
  }

  @Test
  void theConfiguredMinimumCosineRefusesWhatTheModelWouldAnswer() {
    RelevanceGate floored = new RelevanceGate(WEIGHTS, FLOOR, 0.70);

    assertThat(floored.passes(retrieval(0.69, List.of(), 1))).isFalse();
    assertThat(floored.passes(retrieval(0.71, List.of(), 1))).isTrue();
  }

  @Test
  void nothingRetrievedIsRefused() {
    Retrieval empty = new Retrieval("q", new float[0], List.of(), TermEvidence.NONE);

    assertThat(gate.decide(empty).answerable()).isFalse();
  }

  private static Retrieval retrieval(double cosine, List<String> missing, double support) {
    Chunk chunk = new Chunk("e/0", "e", ChunkKind.CHAPTER, 0, null, null, "", "text", null);
    return new Retrieval(
        "q",
        new float[0],
        List.of(new Passage(chunk, 0.03, cosine, 1, 1, 1)),
        new TermEvidence(missing, support, 0, 0, 1));
  }
}
