package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowUpCueTests {

  private final FollowUpCue cue = FollowUpCue.load();

  @Test
  void aQuestionThatRefersBackOrContinuesLeansOnTheConversation() {
    assertThat(cue.leans("When did he say that?")).isTrue();
    assertThat(cue.leans("What are its limitations?")).isTrue();
    assertThat(cue.leans("Did they say anything else about the budget?")).isTrue();
    assertThat(cue.leans("And what about transformers?")).isTrue();
    assertThat(cue.leans("What about the second experiment?")).isTrue();
    assertThat(cue.leans("Why?")).isTrue();
    assertThat(cue.leans("How so exactly?")).as("three words").isTrue();
  }

  @Test
  void aQuestionThatNamesItsOwnTopicStandsAlone() {
    assertThat(cue.leans("What is the capital of France?")).isFalse();
    assertThat(cue.leans("How do I bake sourdough bread?")).isFalse();
    assertThat(cue.leans("How does sparse autoencoder training work?")).as("four words").isFalse();
    assertThat(cue.leans("What is Anthropic's approach to safety?"))
        .as("a possessive is not 'its'")
        .isFalse();
  }

  @Test
  void aFollowUpThatAsksWhatCameNextOrWhyIsTold() {
    assertThat(cue.asksWhatCameNext("And what did he say after that?")).isTrue();
    assertThat(cue.asksWhatCameNext("What happened next?")).isTrue();
    assertThat(cue.asksWhatCameNext("And what did they do about it?")).isTrue();
    assertThat(cue.asksWhatCameNext("What are its limitations?")).isFalse();
    assertThat(cue.asksWhy("Why?")).isTrue();
    assertThat(cue.asksWhy("How come?")).isTrue();
    assertThat(cue.asksWhy("Where are they hosted?")).isFalse();
  }

  @Test
  void aSentenceThatGivesAReasonIsTold() {
    assertThat(cue.givesReason("They slowed the oracle because he drained the reserve.")).isTrue();
    assertThat(cue.givesReason("That's why they patched it.")).isTrue();
    assertThat(cue.givesReason("The bear whale was able to manipulate the rules.")).isFalse();
    assertThat(cue.givesReason("Reasonable people disagree.")).as("whole words").isFalse();
  }
}
