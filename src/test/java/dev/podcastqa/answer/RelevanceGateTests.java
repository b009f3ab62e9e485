package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceGateTests {

  private final RelevanceGate gate = new RelevanceGate(0.40, 0.70);

  @Test
  void aCloseEnoughPassageAnswers() {
    assertThat(gate.passes(retrieval(0.55, List.of(), 0.1))).isTrue();
  }

  @Test
  void aDistantPassageIsRefused() {
    RelevanceGate.Decision decision = gate.decide(retrieval(0.30, List.of(), 0.2));

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.reason()).contains("cosine 0.30");
  }

  @Test
  void strongWordSupportAnswersDespiteALowCosine() {
    assertThat(gate.passes(retrieval(0.22, List.of(), 0.57))).isTrue();
  }

  @Test
  void aSpecificWordNoEpisodeMentionsRefusesAnOtherwiseCloseQuestion() {
    RelevanceGate.Decision decision = gate.decide(retrieval(0.61, List.of("quantum"), 0.25));

    assertThat(decision.answerable()).isFalse();
    assertThat(decision.reason()).contains("quantum");
  }

  @Test
  void aMissingWordIsForgivenWhenTheRestOfTheQuestionIsStronglySupported() {
    assertThat(gate.passes(retrieval(0.63, List.of("packing"), 0.43))).isTrue();
  }

  @Test
  void aMissingWordIsForgivenWhenAPassageIsVeryClose() {
    assertThat(gate.passes(retrieval(0.75, List.of("behaviour"), 0.1))).isTrue();
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
        new TermEvidence(missing, support));
  }
}
