package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactKindTests {

  @Test
  void theOpeningWordsOfAQuestionOfFactNameTheKindOfFact() {
    assertThat(FactKind.of("Who founded Goodfire?")).contains(FactKind.WHO);
    assertThat(FactKind.of("Where did Neel study?")).contains(FactKind.WHERE);
    assertThat(FactKind.of("When did she first learn to code?")).contains(FactKind.WHEN);
    assertThat(FactKind.of("In what year was the company founded?")).contains(FactKind.WHEN);
    assertThat(FactKind.of("How many job applications did Todd send?")).contains(FactKind.COUNT);
  }

  @Test
  void aQuestionAboutWhereOrWhenSomethingIsSaidAsksForNoFact() {
    assertThat(FactKind.of("Where do they talk about grokking?")).isEmpty();
    assertThat(FactKind.of("When did they discuss sparse autoencoders?")).isEmpty();
    assertThat(FactKind.of("Where is the paper about induction heads referenced?")).isEmpty();
    assertThat(FactKind.of("What is grokking?")).isEmpty();
  }

  @Test
  void aNameStatesWhoOnlyWhenTheQuestionDoesNotHoldItAndItDoesNotOpenTheSentence() {
    String question = "Who founded Goodfire?";

    assertThat(FactKind.WHO.statedIn("It was started by Daniel Balsam and Tom McGrath.", question))
        .isTrue();
    assertThat(FactKind.WHO.statedIn("Daniel Balsam joined later.", question)).isFalse();
    assertThat(FactKind.WHO.statedIn("They work at Goodfire now.", question)).isFalse();
    assertThat(FactKind.WHO.statedIn("They work at DeepMind now.", question)).isFalse();
  }

  @Test
  void aPlaceATimeOrANumberTheQuestionAlreadyHoldsStatesNothing() {
    assertThat(
            FactKind.WHERE.statedIn("He did a maths degree at Cambridge.", "Where did Neel study?"))
        .isTrue();
    assertThat(
            FactKind.WHERE.statedIn(
                "He did a maths degree at Cambridge.", "Where in Cambridge did Neel study?"))
        .isFalse();
    assertThat(FactKind.WHEN.statedIn("She started coding in 2010.", "When did she start coding?"))
        .isTrue();
    assertThat(FactKind.WHEN.statedIn("She started coding at school.", "When did she start?"))
        .isFalse();
    assertThat(FactKind.COUNT.statedIn("I sent about forty applications.", "How many did he send?"))
        .isTrue();
    assertThat(FactKind.COUNT.statedIn("I sent a lot of applications.", "How many did he send?"))
        .isFalse();
  }
}
