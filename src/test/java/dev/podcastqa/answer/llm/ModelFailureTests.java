package dev.podcastqa.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelFailureTests {

  @Test
  void aFailureWhoseMessageSpansLinesIsDescribedOnOneLine() {
    RuntimeException parse =
        new RuntimeException("Unrecognized token 'data'\n at [Source: REDACTED; line: 1]");

    ModelFailure failure = ModelFailure.of(parse);

    assertThat(failure.getMessage())
        .doesNotContain("\n")
        .isEqualTo("RuntimeException: Unrecognized token 'data' at [Source: REDACTED; line: 1]");
  }
}
