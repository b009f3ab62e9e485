package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.FixtureCases;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The kind of answer a question asks for, and whether a sentence gives it: each case of {@code
 * gate/asked-slots.txt} is a question, a sentence and whether the slot stays empty, is filled, or
 * the question asks for none.
 */
class AskedSlotTests {

  private static final Path CASES = Path.of("src/test/resources/gate/asked-slots.txt");

  @Test
  void eachCaseOfTheFixtureLeavesItsSlotAsWritten() {
    List<FixtureCases.Case> cases = FixtureCases.read(CASES);
    SoftAssertions soft = new SoftAssertions();
    for (FixtureCases.Case c : cases) {
      String question = c.cell(0);
      String actual =
          AskedSlot.of(question) == null
              ? "none"
              : AskedSlot.empty(question, List.of(c.cell(1))) == 1 ? "empty" : "filled";
      soft.assertThat(actual).as(c.where()).isEqualTo(c.cell(2));
    }
    soft.assertAll();
    assertThat(cases).hasSizeGreaterThan(20);
  }

  @Test
  void aSumIsAskedForByItsWordAndAQuantityOpening() {
    assertThat(AskedSlot.of("How much venture capital has Continuum raised?"))
        .isEqualTo(AskedSlot.MONEY);
    assertThat(AskedSlot.of("What salary does an engineer earn?")).isEqualTo(AskedSlot.MONEY);
    // A money word without a quantity opening asks for no sum.
    assertThat(AskedSlot.of("Does the course cost anything?")).isNull();
  }

  @Test
  void aVerbAsksForASumOnlyAfterHowMuch() {
    assertThat(AskedSlot.of("How much did the startup raise?")).isEqualTo(AskedSlot.MONEY);
    assertThat(AskedSlot.of("How much do they spend on servers?")).isEqualTo(AskedSlot.MONEY);
    // After "what" the same verbs raise problems and spend time.
    assertThat(AskedSlot.of("What new security problems does this threat raise?")).isNull();
    assertThat(AskedSlot.of("What did they spend their weekends on?")).isNull();
    // After "what" a sum is asked for by its noun.
    assertThat(AskedSlot.of("What budget did the agency raise?")).isEqualTo(AskedSlot.MONEY);
  }

  @Test
  void aCountIsNotFilledByALoneOne() {
    assertThat(AskedSlot.empty("How many people work there?", List.of("One thing is clear.")))
        .isEqualTo(1);
    assertThat(AskedSlot.empty("How many people work there?", List.of("About 40 of us."))).isZero();
  }

  @Test
  void anyOfTheBestSentencesMayFillTheSlot() {
    List<String> sentences = List.of("We grew a lot.", "We now have twelve engineers.");

    assertThat(AskedSlot.empty("How many engineers are there?", sentences)).isZero();
    assertThat(AskedSlot.empty("How many engineers are there?", sentences.subList(0, 1)))
        .isEqualTo(1);
  }

  @Test
  void aQuestionOfNoKindNeverHasAnEmptySlot() {
    assertThat(AskedSlot.empty("Why did she leave chemistry?", List.of("She left."))).isZero();
    assertThat(AskedSlot.empty("When do they discuss grokking?", List.of("Later."))).isZero();
  }

  @Test
  void aNameFillsTheNameSlotOnlyBesideAWordOfTheKindAskedFor() {
    String journal = "In which journal was the obesity study published?";

    // A name alone, in a sentence about something else, is no journal.
    assertThat(AskedSlot.nameEmpty(journal, List.of("We talked to Stanford folks about it.")))
        .isEqualTo(1);
    assertThat(AskedSlot.nameEmpty(journal, List.of("The journal Nature ran it last year.")))
        .isZero();
    // The kind word without a new name does not fill it either.
    assertThat(AskedSlot.nameEmpty(journal, List.of("It was in a journal, I think."))).isEqualTo(1);
    // "the name of the detective": the kind follows "name of".
    String detective = "What was the name of the detective who arrested him?";
    assertThat(AskedSlot.nameEmpty(detective, List.of("Then Officer Ritz came by."))).isEqualTo(1);
    assertThat(AskedSlot.nameEmpty(detective, List.of("The detectives, Ritz and MacGillivary.")))
        .isZero();
  }

  @Test
  void whoAsksForAnyNewNameAndAQuestionOfNoNameLeavesTheNameSlotAlone() {
    assertThat(AskedSlot.nameEmpty("Who stood in for the judge?", List.of("Thanks to Paula.")))
        .isZero();
    assertThat(AskedSlot.nameEmpty("Who stood in for the judge?", List.of("thanks to her.")))
        .isEqualTo(1);
    assertThat(AskedSlot.nameEmpty("How many people came?", List.of("Nobody."))).isZero();
  }
}
