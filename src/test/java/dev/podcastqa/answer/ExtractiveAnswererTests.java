package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractiveAnswererTests {

  @Test
  void aQuoteLosesItsFullStopSoTheSentenceAroundItEndsOnce() {
    assertThat(ExtractiveAnswerer.unquoted("Models pack features."))
        .isEqualTo("Models pack features");
    assertThat(ExtractiveAnswerer.unquoted("Is it sudden?")).isEqualTo("Is it sudden?");
    assertThat(ExtractiveAnswerer.unquoted("And then...")).isEqualTo("And then...");
  }
}
