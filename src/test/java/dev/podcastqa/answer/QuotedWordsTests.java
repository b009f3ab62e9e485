package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedWordsTests {

  @Test
  void singleAndDoubleQuotesMarkWhatTheQuestionAsksAbout() {
    assertThat(QuotedWords.of("Where does the phrase 'mass assassination factory' come from?"))
        .containsExactly("mass assassination factory");
    assertThat(QuotedWords.of("What are \"power targets\" and ‘kill lists’?"))
        .containsExactly("power targets", "kill lists");
  }

  @Test
  void anApostropheInsideAWordQuotesNothing() {
    assertThat(QuotedWords.of("What is Dan's fun fact, and why don't they say it?")).isEmpty();
    assertThat(QuotedWords.of("What are the hosts' views on the guests' book?")).isEmpty();
  }
}
