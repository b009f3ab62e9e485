package dev.podcastqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.answer.GateWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateFitTests {

  /** Answerable examples have a high first signal, unanswerable ones a low one; the rest is 0. */
  private static List<GateFit.Example> separable() {
    List<GateFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(example(0.5 + i * 0.02, true));
      examples.add(example(-0.5 - i * 0.02, false));
    }
    return examples;
  }

  private static GateFit.Example example(double cosine, boolean answerable) {
    return new GateFit.Example(new double[] {cosine, 0, 0, 0, 0, 0, 0, 0}, answerable, "show", "q");
  }

  @Test
  void separableExamplesAreAllClassifiedRightByTheFittedWeights() {
    List<GateFit.Example> examples = separable();

    GateWeights weights = GateFit.fit(examples);

    assertThat(weights.weights().get(0)).isPositive();
    assertThat(GateFit.balancedAccuracy(weights, examples, weights.threshold())).isEqualTo(1.0);
    assertThat(weights.probability(new double[] {0.5, 0, 0, 0, 0, 0, 0, 0}))
        .isGreaterThanOrEqualTo(weights.threshold());
    assertThat(weights.probability(new double[] {-0.5, 0, 0, 0, 0, 0, 0, 0}))
        .isLessThan(weights.threshold());
  }

  @Test
  void theThresholdSitsInTheMiddleOfTheRangeThatSeparates() {
    List<GateFit.Example> examples = separable();
    GateWeights weights = GateFit.fit(examples);
    double low = 1;
    double high = 0;
    for (int t = 5; t <= 95; t++) {
      if (GateFit.balancedAccuracy(weights, examples, t / 100.0) == 1.0) {
        low = Math.min(low, t / 100.0);
        high = Math.max(high, t / 100.0);
      }
    }

    assertThat(weights.threshold()).isBetween(low, high);
    assertThat(Math.abs(weights.threshold() - (low + high) / 2)).isLessThanOrEqualTo(0.011);
  }

  @Test
  void balancedAccuracyIsTheMeanOfBothClassesShares() {
    GateWeights onlyCosine =
        new GateWeights(0, List.of(10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 0.5);
    List<GateFit.Example> examples =
        List.of(example(1, true), example(-1, true), example(-1, false), example(-1, false));

    // answerable: 1 of 2 answered; unanswerable: 2 of 2 refused
    assertThat(GateFit.balancedAccuracy(onlyCosine, examples, 0.5)).isEqualTo(0.75);
  }

  @Test
  void fittingNeedsBothKinds() {
    assertThatThrownBy(() -> GateFit.fit(List.of(example(1, true), example(2, true))))
        .hasMessageContaining("both kinds");
  }

  @Test
  void weightsWrittenAsPropertiesReadBackTheSame(@TempDir Path dir) throws Exception {
    GateWeights weights = GateFit.fit(separable());
    Path file = dir.resolve("gate.properties");
    Files.writeString(file, weights.toProperties("fitted in a test"));

    assertThat(GateWeights.read(file)).isEqualTo(weights);
  }

  @Test
  void theShippedWeightsLoad() {
    GateWeights shipped = GateWeights.load();

    assertThat(shipped.weights()).hasSize(8);
    assertThat(shipped.threshold()).isBetween(0.05, 0.95);
  }
}
