package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageDirectionTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Broken By Design by Clip Art plays.",
        "Theme music fades out.",
        "[Music]",
        "(laughter)",
        "Upbeat music.",
        "[MUSIC PLAYING]."
      })
  void cuesAreNoOnesWords(String line) {
    assertThat(StageDirection.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That's how he plays.",
        "I really like music.",
        "So we went out and bought a starter, and then the whole thing just plays out.",
        "Music is the thing.",
        "(laughs) That was great.",
        "Everyone who tried it kept on playing."
      })
  void speechIsNotACue(String line) {
    assertThat(StageDirection.is(line)).isFalse();
  }
}
