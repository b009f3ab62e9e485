package dev.podcastqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A figure is a count of hits over the questions that counted. */
class FigureTests {

  @Test
  void printsItsShareWithTheCounts() {
    assertThat(new Figure(37, 40)).hasToString("92.5% (37 of 40)");
    assertThat(new Figure(2, 3).percent())
        .isCloseTo(66.667, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void aFigureOverNoQuestionsHasNoPercentage() {
    assertThat(new Figure(0, 0).percent()).isNull();
    assertThat(new Figure(0, 0)).hasToString("n/a (0 of 0)");
  }

  @Test
  void hitsCannotExceedTheQuestionsCountedNorBeNegative() {
    assertThatThrownBy(() -> new Figure(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Figure(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
