package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.FixtureCases;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * How a passage spells a question word no chunk has: each case of {@code gate/spoken-spellings.txt}
 * is a question word, a passage and the spelling the passage gives it (or none), on both sides of
 * each bound (letters apart, word length, sounds in the code).
 */
class SpokenSpellingsTests {

  private static final Path CASES = Path.of("src/test/resources/gate/spoken-spellings.txt");

  private final SpokenSpellings spellings = new SpokenSpellings(WordRarity.load()::isSpecific);

  @Test
  void eachCaseOfTheFixtureFindsTheSpellingAsWritten() {
    List<FixtureCases.Case> cases = FixtureCases.read(CASES);
    SoftAssertions soft = new SoftAssertions();
    for (FixtureCases.Case c : cases) {
      String actual = spellings.spelling(c.cell(0), List.of(c.cell(1))).orElse("-");
      soft.assertThat(actual).as(c.where()).isEqualTo(c.cell(2));
    }
    soft.assertAll();
    assertThat(cases).hasSizeGreaterThan(15);
  }

  @Test
  void aLetterForLetterSpellingWinsOverAnEarlierSoundAlike() {
    List<String> texts = List.of("we use emax here", "and the e-macs list");

    assertThat(spellings.spelling("emacs", texts)).contains("e-macs");
  }

  @Test
  void theQuestionIsReadWithThePassagesSpellingOfEachAbsentWord() {
    String heard =
        spellings.asSaid(
            "Which Emacs tool does Sarah Koenig use?",
            List.of("emacs", "koenig"),
            List.of("It's Sarah Cain egg here.", "She keeps it in emax."));

    assertThat(heard).isEqualTo("Which emax tool does Sarah Cain egg use?");
  }

  @Test
  void aWordNoPassageSpellsOtherwiseStaysAsAsked() {
    String question = "What did Zanzibar export?";

    assertThat(spellings.asSaid(question, List.of("zanzibar"), List.of("Nothing alike here.")))
        .isEqualTo(question);
  }

  @Test
  void editsCountsInsertionsDeletionsAndSubstitutionsUpToItsLimit() {
    assertThat(SpokenSpellings.edits("behaviour", "behavior", 2)).isEqualTo(1);
    assertThat(SpokenSpellings.edits("omelette", "omelet", 2)).isEqualTo(2);
    assertThat(SpokenSpellings.edits("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(SpokenSpellings.edits("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(SpokenSpellings.edits("sourdough", "sort", 2)).isEqualTo(3);
  }
}
