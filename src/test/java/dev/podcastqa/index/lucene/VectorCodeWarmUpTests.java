package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class VectorCodeWarmUpTests {

  @Test
  void theWarmUpRunsEveryFunctionOfTheSearchToTheEnd() {
    assertThatCode(VectorCodeWarmUp::run).doesNotThrowAnyException();
  }
}
