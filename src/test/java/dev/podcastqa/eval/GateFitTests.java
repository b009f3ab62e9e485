package dev.podcastqa.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.answer.GateWeights;
import dev.podcastqa.retrieve.AnswerSignals;
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
    return example(cosine, 0, answerable, "show");
  }

  private static GateFit.Example example(
      double first, double second, boolean answerable, String show) {
    return new GateFit.Example(signals(first, second), answerable, show, "q");
  }

  /** The gate's inputs with the first two signals set, the rest 0. */
  private static double[] signals(double first, double second) {
    double[] x = new double[AnswerSignals.NAMES.size()];
    x[0] = first;
    x[1] = second;
    return x;
  }

  @Test
  void separableExamplesAreAllClassifiedRightByTheFittedWeights() {
    List<GateFit.Example> examples = separable();

    GateWeights weights = GateFit.fit(examples);

    assertThat(weights.weights().get(0)).isPositive();
    assertThat(GateFit.balancedAccuracy(weights, examples, weights.threshold())).isEqualTo(1.0);
    assertThat(weights.probability(signals(0.5, 0))).isGreaterThanOrEqualTo(weights.threshold());
    assertThat(weights.probability(signals(-0.5, 0))).isLessThan(weights.threshold());
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
    List<Double> cosineWeight = new ArrayList<>(List.of(10.0));
    while (cosineWeight.size() < AnswerSignals.NAMES.size()) {
      cosineWeight.add(0.0);
    }
    GateWeights onlyCosine = new GateWeights(0, cosineWeight, 0.5);
    List<GateFit.Example> examples =
        List.of(example(1, true), example(-1, true), example(-1, false), example(-1, false));

    // answerable: 1 of 2 answered; unanswerable: 2 of 2 refused
    assertThat(GateFit.balancedAccuracy(onlyCosine, examples, 0.5)).isEqualTo(0.75);
  }

  @Test
  void theThresholdDecidesTheMostQuestionsRightEachCountingOnce() {
    // Answerable at 0.80, 0.45 and 0.42, unanswerable at 0.44 and 0.10. From 0.11 to 0.42 four
    // are right (only 0.44 is answered wrongly), at 0.43 and 0.44 three, at 0.45 four again (only
    // 0.42 is refused wrongly). The first range is the wider: its middle, 0.265, rounds to 0.27.
    // Balanced accuracy would pick 0.45 (2/3 and 2/2 against 3/3 and 1/2), refusing an answerable
    // question to refuse one near-miss more.
    double[] probability = {0.80, 0.45, 0.42, 0.44, 0.10};
    boolean[] answerable = {true, true, true, false, false};

    assertThat(GateFit.threshold(probability, answerable)).isEqualTo(0.27);
  }

  @Test
  void aThresholdOneStepPastTheBestRangeDecidesOneQuestionFewerRight() {
    // Answerable at 0.60 and 0.31, unanswerable at 0.29 and 0.05: every threshold from 0.30 to
    // 0.31 is right on all four, and its middle (0.305) rounds to 0.31; at 0.29 the near-miss at
    // 0.29 is answered, at 0.32 the answerable question at 0.31 refused.
    double[] probability = {0.60, 0.31, 0.29, 0.05};
    boolean[] answerable = {true, true, false, false};

    double threshold = GateFit.threshold(probability, answerable);

    assertThat(threshold).isEqualTo(0.31);
    assertThat(probability[1]).isGreaterThanOrEqualTo(threshold);
    assertThat(probability[2]).isLessThan(threshold);
  }

  @Test
  void underTheFloorTheThresholdIsTheOneWithTheBestBalancedAccuracy() {
    // Answerable at 0.20, 0.70, 0.80 and 0.90, unanswerable at 0.10 and 0.30. Counting each
    // question once, 0.11 to 0.20 and 0.31 to 0.70 both decide five right (0.30 answered, or 0.20
    // refused); the first range wins, its middle 0.155 rounds to 0.16. Balanced accuracy is 0.75
    // from 0.11 to 0.20 (4/4 and 1/2) and 0.875 from 0.31 to 0.70 (3/4 and 2/2), 0.75 from 0.71:
    // the middle of 0.31 to 0.70, 0.505, rounds to 0.51.
    double[] probability = {0.20, 0.70, 0.80, 0.90, 0.10, 0.30};
    boolean[] answerable = {true, true, true, true, false, false};

    assertThat(GateFit.threshold(probability, answerable)).isEqualTo(0.16);
    assertThat(GateFit.balancedThreshold(probability, answerable)).isEqualTo(0.51);
    assertThat(GateFit.thresholdUnderFloor(0.16, probability, answerable)).isEqualTo(0.51);
    // Never under the threshold over the floor: a higher held-out threshold is kept.
    assertThat(GateFit.thresholdUnderFloor(0.60, probability, answerable)).isEqualTo(0.60);
  }

  @Test
  void aFitWritesTheUnderFloorThresholdOfItsOwnProbabilities() {
    // Three shows; in each, answerable questions mostly over the floor and near-misses under it,
    // with one of each on the wrong side, so neither threshold decides everything right.
    List<GateFit.Example> examples = new ArrayList<>();
    for (String show : List.of("a", "b", "c")) {
      for (int i = 1; i <= 6; i++) {
        examples.add(example(0.05 * i, 0, true, show));
        examples.add(example(-0.05 * i, 0, false, show));
      }
      examples.add(example(-0.02, 0, true, show));
      examples.add(example(0.02, 0, false, show));
    }
    boolean[] all = new boolean[AnswerSignals.NAMES.size()];
    java.util.Arrays.fill(all, true);

    GateWeights weights = GateFit.fit(examples, all);

    double[] own = examples.stream().mapToDouble(e -> weights.probability(e.signals())).toArray();
    boolean[] answerable = new boolean[examples.size()];
    for (int i = 0; i < answerable.length; i++) {
      answerable[i] = examples.get(i).answerable();
    }
    double[] heldOut = GateFit.heldOutProbabilities(examples, all, weights);
    assertThat(weights.threshold()).isEqualTo(GateFit.threshold(heldOut, answerable));
    assertThat(weights.thresholdUnderFloor())
        .isEqualTo(Math.max(weights.threshold(), GateFit.balancedThreshold(own, answerable)));
  }

  @Test
  void theThresholdIsPickedOnEachShowScoredByAFitWithoutIt() {
    // Shows a, b and d: answerable above 0. Show c is labelled the other way round. Scored by a
    // fit on the other shows, c's answerable questions (below 0) get low probabilities and its
    // unanswerable ones high; scored by the fit on all shows, the same.
    List<GateFit.Example> examples = new ArrayList<>();
    for (String show : List.of("a", "b", "c", "d")) {
      boolean flipped = show.equals("c");
      for (int i = 1; i <= 5; i++) {
        examples.add(example(0.4 + i * 0.1, 0, !flipped, show));
        examples.add(example(-0.4 - i * 0.1, 0, flipped, show));
      }
    }
    boolean[] all = new boolean[AnswerSignals.NAMES.size()];
    java.util.Arrays.fill(all, true);
    GateWeights own = GateFit.fit(examples, all);

    double[] heldOut = GateFit.heldOutProbabilities(examples, all, own);

    for (int i = 0; i < examples.size(); i++) {
      GateFit.Example e = examples.get(i);
      assertThat(heldOut[i] > 0.5)
          .as(e.show() + " " + e.signals()[0])
          .isEqualTo(e.signals()[0] > 0);
    }
    // Show a's probabilities are those of the fit on b, c and d.
    GateWeights withoutA =
        GateFit.fit(examples.stream().filter(e -> !e.show().equals("a")).toList(), all);
    assertThat(heldOut[0]).isEqualTo(withoutA.probability(examples.get(0).signals()));
  }

  @Test
  void oneShowAloneIsScoredByTheFitOnItself() {
    List<GateFit.Example> examples = separable();
    boolean[] all = new boolean[AnswerSignals.NAMES.size()];
    java.util.Arrays.fill(all, true);
    GateWeights own = GateFit.fit(examples, all);

    double[] heldOut = GateFit.heldOutProbabilities(examples, all, own);

    for (int i = 0; i < examples.size(); i++) {
      assertThat(heldOut[i]).isEqualTo(own.probability(examples.get(i).signals()));
    }
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

    assertThat(shipped.weights()).hasSize(AnswerSignals.NAMES.size());
    assertThat(shipped.threshold()).isBetween(0.05, 0.95);
  }

  @Test
  void aSignalLeftOutWeighsNothingEvenWhenItWouldSeparate() {
    // The second signal separates perfectly; the first is noise. Only the first may be weighed.
    List<GateFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(example(i % 3, 1 + i * 0.1, true, "a"));
      examples.add(example(i % 3, -1 - i * 0.1, false, "a"));
    }
    boolean[] onlyFirst = new boolean[AnswerSignals.NAMES.size()];
    onlyFirst[0] = true;

    GateWeights weights = GateFit.fit(examples, onlyFirst);

    assertThat(weights.weights().get(1)).isZero();
    assertThat(weights.weights().subList(2, weights.weights().size())).containsOnly(0.0);
    assertThat(GateFit.fit(examples).weights().get(1)).isPositive();
  }

  @Test
  void crossValidationDecidesEachShowWithAFitThatNeverSawIt() {
    // Shows a, b, d and e: answerable above 0. Show c alone is labelled the other way round; its
    // out-of-fold decisions come from the others, so they ignore c's own labels and get it all
    // wrong, while every other show, outvoting c in each fit (and in each fit without one more
    // show, which picks the threshold), is decided right.
    List<GateFit.Example> examples = new ArrayList<>();
    for (String show : List.of("a", "b", "c", "d", "e")) {
      boolean flipped = show.equals("c");
      for (int i = 1; i <= 10; i++) {
        examples.add(example(0.4 + i * 0.1, 0, !flipped, show));
        examples.add(example(-0.4 - i * 0.1, 0, flipped, show));
      }
    }
    boolean[] all = new boolean[AnswerSignals.NAMES.size()];
    java.util.Arrays.fill(all, true);

    boolean[] answered = GateFit.crossValidate(examples, all);

    for (int i = 0; i < examples.size(); i++) {
      GateFit.Example e = examples.get(i);
      // Decided by the sign of the first signal, as a and b teach; c is all wrong for it.
      assertThat(answered[i]).as(e.show() + " " + e.signals()[0]).isEqualTo(e.signals()[0] > 0);
    }
  }

  @Test
  void aucIsTheShareOfAnswerableUnanswerablePairsRankedRightTiesHalf() {
    // Answerable at 0.9 and 0.5, unanswerable at 0.5 and 0.1: of four pairs, three are ranked
    // right and one (0.5 against 0.5) is tied, so 3.5 / 4. The fifth example is not picked.
    List<GateFit.Example> examples =
        List.of(
            example(0, true),
            example(0, true),
            example(0, false),
            example(0, false),
            example(0, false));
    double[] probability = {0.9, 0.5, 0.5, 0.1, 0.95};
    boolean[] picked = {true, true, true, true, false};

    assertThat(GateFit.auc(examples, probability, picked)).isEqualTo(0.875);
    assertThat(GateFit.auc(examples, probability, new boolean[] {true, true, false, false, false}))
        .isNaN();
  }
}
