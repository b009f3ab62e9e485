package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.retrieve.AnswerSignals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped gate ({@code answer/gate.properties}) on real tuning questions next to its threshold,
 * from the signals `gate --features` wrote for them (the fixture {@code gate/shipped-boundary.csv},
 * whose cosine is already measured from the model's floor): the nearest answerable question above
 * the threshold and the nearest near-miss under it, and questions between the new threshold (0.30)
 * and the fitted one (0.41), answered over the cosine floor and refused under it, of each kind.
 */
class ShippedGateTests {

  private static final Path FIXTURE = Path.of("src/test/resources/gate/shipped-boundary.csv");

  private final GateWeights shipped = GateWeights.load();

  @Test
  void theThresholdIsTheOneChosenOnShowsTheFitDidNotSeeAndTheFittedOneUnderTheFloor() {
    assertThat(shipped.threshold()).isEqualTo(0.30);
    assertThat(shipped.thresholdUnderFloor()).isEqualTo(0.41);
  }

  @Test
  void aParaphraseJustAboveTheThresholdIsAnswered() {
    double[] x = signals("porridge over the omelette");

    assertThat(shipped.probability(x)).isGreaterThanOrEqualTo(0.30).isLessThan(0.31);
    assertThat(shipped.answers(x)).isTrue();
  }

  @Test
  void aNearMissJustUnderTheThresholdIsRefused() {
    double[] x = signals("Sam Harris's book");

    assertThat(shipped.probability(x)).isLessThan(0.30).isGreaterThan(0.29);
    assertThat(shipped.answers(x)).isFalse();
  }

  @Test
  void overTheFloorQuestionsBetweenTheTwoThresholdsAreAnsweredWhateverTheyAre() {
    // Answerable: a mother's poverty and her unborn child; near-miss: copies of a book sold.
    for (String question : List.of("unborn child", "Behave sold")) {
      double[] x = signals(question);

      assertThat(x[0]).as(question).isPositive();
      assertThat(shipped.probability(x)).as(question).isBetween(0.30, 0.41);
      assertThat(shipped.answers(x)).as(question).isTrue();
    }
  }

  @Test
  void underTheFloorQuestionsBetweenTheTwoThresholdsAreRefusedWhateverTheyAre() {
    // Off-topic (data/eval/real/offtopic.json): the bones of the body; answerable: where Elaine
    // Nsoesie grew up, which the captions say as "Elaine and Soisy".
    for (String question : List.of("adult human body", "Elaine Nsoesie grow up")) {
      double[] x = signals(question);

      assertThat(x[0]).as(question).isNegative();
      assertThat(shipped.probability(x)).as(question).isBetween(0.30, 0.41);
      assertThat(shipped.answers(x)).as(question).isFalse();
    }
  }

  /** The signals of the fixture's question that contains {@code words}. */
  private static double[] signals(String words) {
    try {
      List<String> lines = Files.readAllLines(FIXTURE);
      assertThat(lines.get(0)).startsWith("answerable," + String.join(",", AnswerSignals.NAMES));
      String line = lines.stream().filter(l -> l.contains(words)).findFirst().orElseThrow();
      String[] cells = line.split(",");
      return Arrays.stream(cells, 1, 1 + AnswerSignals.NAMES.size())
          .mapToDouble(Double::parseDouble)
          .toArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FIXTURE, e);
    }
  }
}
