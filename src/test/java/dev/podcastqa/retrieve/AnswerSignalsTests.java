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
  void aViewOfANameIsAViewAskedOfACapitalizedWordThatIsNoMonthOrWeekday() {
    assertThat(AnswerSignals.viewOfName("What does he think of the Julia language?", "julia"))
        .isTrue();
    assertThat(AnswerSignals.viewOfName("What did he say about the coup in Turkey?", "turkey"))
        .isTrue();
    assertThat(AnswerSignals.viewOfName("What is her opinion on Rust?", "rust")).isTrue();
    // Not a name: lower case, or a month.
    assertThat(AnswerSignals.viewOfName("What does he think of julia sauce?", "julia")).isFalse();
    assertThat(AnswerSignals.viewOfName("What did he say about the December vote?", "december"))
        .isFalse();
    // A name outside the object of a view, or before it, is left to the other signals.
    assertThat(AnswerSignals.viewOfName("Where in Turkey was the coup?", "turkey")).isFalse();
    assertThat(AnswerSignals.viewOfName("What did Julia say about the coup?", "julia")).isFalse();
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
            0.05,
            0,
            0);
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

  @Test
  void aNameNoChunkSaysAsSuchIsAMissingNameThoughNoWordOfItIsMissing() {
    assertThat(signal("What about Cambridge Analytica?", List.of(), 1, 0, "missingName"))
        .isEqualTo(1);
    assertThat(signal("What about Cambridge Analytica?", List.of(), 0, 0, "missingName")).isZero();
    // Not measured (NaN) counts as said.
    assertThat(signal("What about Cambridge?", List.of(), Double.NaN, 0, "missingName")).isZero();
    // A missing ordinary word is still no name, whatever the phrases.
    assertThat(signal("Is porridge free?", List.of("porridge"), 0, 0, "missingName")).isZero();
  }

  @Test
  void anEmptyNameSlotIsWeighedApartFromTheOtherSlots() {
    String which = "Which company built the system?";
    String howMany = "How many people built the system?";

    // "text" names no company: the name slot is empty, and only askedName says so.
    assertThat(signal(which, List.of(), 0, 1, "askedName")).isEqualTo(1);
    assertThat(signal(which, List.of(), 0, 1, "askedSlot")).isZero();
    assertThat(signal(howMany, List.of(), 0, 1, "askedSlot")).isEqualTo(1);
    assertThat(signal(howMany, List.of(), 0, 1, "askedName")).isZero();
  }

  @Test
  void theNameSlotIsFilledByTheBestSentencesNameBesideTheAskedKind() {
    String which = "Which company built the system?";

    assertThat(signal(which, List.of("The company Acme built it."), "askedName")).isZero();
    assertThat(signal(which, List.of("Then Acme came by."), "askedName")).isEqualTo(1);
  }

  private static double signal(String question, List<String> best, String name) {
    return AnswerSignals.of(retrieval(question, List.of(), 0, 0, best))
        .values()[AnswerSignals.NAMES.indexOf(name)];
  }

  /** The value of signal {@code name} for one passage and evidence with these values. */
  private static double signal(
      String question, List<String> missing, double missingPhrase, double slotEmpty, String name) {
    return AnswerSignals.of(retrieval(question, missing, missingPhrase, slotEmpty, List.of("text")))
        .values()[AnswerSignals.NAMES.indexOf(name)];
  }

  private static Retrieval retrieval(
      String question,
      List<String> missing,
      double missingPhrase,
      double slotEmpty,
      List<String> best) {
    TermEvidence evidence =
        new TermEvidence(
            missing,
            0.5,
            0.4,
            0.3,
            2,
            0.6,
            0.2,
            0,
            slotEmpty,
            0.75,
            best,
            List.of(),
            0,
            missingPhrase,
            0);
    Chunk chunk = new Chunk("e/0", "e", ChunkKind.TRANSCRIPT, 0, null, null, "", "text", null);
    return new Retrieval(
        question, new float[0], List.of(new Passage(chunk, 0.03, 0.7, 1, 1, 1)), evidence);
  }
}
