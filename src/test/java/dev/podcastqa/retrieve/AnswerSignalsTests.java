package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signals read off a retrieval: a word no chunk has counts as a missing name only when the
 * question writes it as one, and the evidence's sentence signals reach the gate in their places.
 */
class AnswerSignalsTests {

  @Test
  void aMissingWordWrittenCapitalizedInsideTheQuestionIsAMissingName() {
    assertThat(AnswerSignals.missingName("What lessons does he draw from Chile?", List.of("chile")))
        .isEqualTo(1);
    assertThat(AnswerSignals.missingName("What does Lex Fridman think?", List.of("fridman")))
        .isEqualTo(1);
  }

  @Test
  void aMissingOrdinaryWordOrAQuestionsFirstWordIsNoName() {
    // A paraphrase's word the transcript does not use.
    assertThat(AnswerSignals.missingName("Is porridge a free choice?", List.of("porridge")))
        .isZero();
    // Every question capitalizes its first word.
    assertThat(AnswerSignals.missingName("Porridge or eggs, which one?", List.of("porridge")))
        .isZero();
    // A name that only contains the missing word is not it.
    assertThat(AnswerSignals.missingName("Does he like Chileans?", List.of("chile"))).isZero();
    assertThat(AnswerSignals.missingName("Who is Chile's president?", List.of())).isZero();
  }

  @Test
  void theSentenceSignalsReachTheGateInTheirNamedPlaces() {
    TermEvidence evidence =
        new TermEvidence(
            List.of("chile"),
            0.5,
            0.4,
            0.3,
            2,
            0.6,
            0.2,
            0,
            1,
            0.75,
            List.of("text"),
            List.of("salary"),
            0.05);
    Chunk chunk = new Chunk("e/0", "e", ChunkKind.TRANSCRIPT, 0, null, null, "", "text", null);
    Retrieval retrieval =
        new Retrieval(
            "What about Chile?",
            new float[0],
            List.of(new Passage(chunk, 0.03, 0.7, 1, 1, 1)),
            evidence);

    double[] x = AnswerSignals.of(retrieval).values();

    assertThat(x[AnswerSignals.NAMES.indexOf("askedSlot")]).isEqualTo(1);
    assertThat(x[AnswerSignals.NAMES.indexOf("rareSentence")]).isEqualTo(0.75);
    assertThat(x[AnswerSignals.NAMES.indexOf("missingName")]).isEqualTo(1);
    assertThat(x[AnswerSignals.NAMES.indexOf("missingWord")]).isEqualTo(1);
    assertThat(x[AnswerSignals.NAMES.indexOf("focusGain")]).isEqualTo(0.05);
  }
}
