package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractiveAnswererTests {

  @Test
  void theMarkerGoesBeforeTheClosingPunctuation() {
    assertThat(ExtractiveAnswerer.withMarker("Models pack features.", 1))
        .isEqualTo("Models pack features [1].");
    assertThat(ExtractiveAnswerer.withMarker("Is it sudden?\"", 2))
        .isEqualTo("Is it sudden [2]?\"");
  }

  @Test
  void aSentenceWithoutClosingPunctuationGetsTheMarkerAtTheEnd() {
    assertThat(ExtractiveAnswerer.withMarker("Grokking and Sudden Generalization", 3))
        .isEqualTo("Grokking and Sudden Generalization [3]");
    assertThat(ExtractiveAnswerer.withMarker("...", 1)).isEqualTo("... [1]");
  }
}
