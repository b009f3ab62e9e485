package dev.podcastqa.eval;

import dev.podcastqa.answer.GateWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * Fits the relevance gate's logistic regression to labelled examples (answerable or not), by
 * gradient descent on standardized signals with a small L2 penalty, each class weighted equally
 * however many examples it has. Only the chosen signals are weighed; the others get weight 0.
 *
 * <p>The threshold is picked on how the fitting scores shows it was not fitted on: each show's
 * examples get their probability from weights fitted without that show, and the threshold is the
 * one that decides the most of those examples right, each question counting once, in the middle of
 * the range that does. A threshold picked on the fit's own examples sits where the fit is surest of
 * them, but an answerable question of a show it never saw scores lower, and is refused (README,
 * "How refusal is decided"). {@link #crossValidate} measures how the whole procedure, this choice
 * included, generalizes, leaving one show out at a time.
 *
 * <p>A question whose best passage is under the embedding model's cosine floor gets the threshold
 * with the best balanced accuracy on the fit's own examples (never lower than the other): nothing
 * in the corpus is near it in meaning, and general-knowledge questions that share a few words with
 * the corpus score just over the held-out threshold there. The tuning sets hold too few such
 * questions to pick it on them alone (README, "Round 6").
 */
public final class GateFit {

  static final int ITERATIONS = 20_000;
  static final double LEARNING_RATE = 0.1;
  static final double L2 = 0.01;

  private GateFit() {}

  /**
   * One labelled example: the gate's inputs for a question, whether it is answerable, and the show
   * it is about (the group a cross-validation leaves out together).
   */
  public record Example(double[] signals, boolean answerable, String show, String question) {}

  /** Weights fitted on every signal. */
  public static GateWeights fit(List<Example> examples) {
    boolean[] all = new boolean[examples.isEmpty() ? 0 : examples.get(0).signals().length];
    java.util.Arrays.fill(all, true);
    return fit(examples, all);
  }

  /**
   * Out-of-fold decisions: for each show, weights and threshold fitted on the other shows' examples
   * decide that show's. The result is in the order of {@code examples}; true means answered.
   */
  public static boolean[] crossValidate(List<Example> examples, boolean[] used) {
    OutOfFold folds = outOfFold(examples, used);
    return folds.answered();
  }

  /**
   * Each example's probability and decision from weights fitted without its show: what the gate
   * would say on a show it has never seen.
   */
  public static OutOfFold outOfFold(List<Example> examples, boolean[] used) {
    double[] probability = new double[examples.size()];
    boolean[] answered = new boolean[examples.size()];
    for (String show : examples.stream().map(Example::show).distinct().sorted().toList()) {
      List<Example> training = examples.stream().filter(e -> !e.show().equals(show)).toList();
      GateWeights weights = fit(training, used);
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).show().equals(show)) {
          probability[i] = weights.probability(examples.get(i).signals());
          answered[i] = weights.answers(examples.get(i).signals());
        }
      }
    }
    return new OutOfFold(probability, answered);
  }

  /**
   * The chance that an answerable example of {@code picked} gets a higher probability than an
   * unanswerable one (ties count half): how well the probabilities rank, whatever the threshold.
   * NaN when {@code picked} lacks either kind.
   */
  public static double auc(List<Example> examples, double[] probability, boolean[] picked) {
    double pairs = 0;
    double won = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (!picked[i] || !examples.get(i).answerable()) {
        continue;
      }
      for (int j = 0; j < examples.size(); j++) {
        if (picked[j] && !examples.get(j).answerable()) {
          pairs++;
          won += probability[i] > probability[j] ? 1 : probability[i] == probability[j] ? 0.5 : 0;
        }
      }
    }
    return pairs == 0 ? Double.NaN : won / pairs;
  }

  /** Out-of-fold probabilities and decisions, in the order of the examples. */
  public record OutOfFold(double[] probability, boolean[] answered) {}

  /**
   * Weights fitted on the signals {@code used} marks (the others weigh 0), with the threshold that
   * decides the most examples right when each show is scored by weights fitted without it, and the
   * one under the cosine floor ({@link #thresholdUnderFloor}).
   */
  public static GateWeights fit(List<Example> examples, boolean[] used) {
    GateWeights weights = weigh(examples, used);
    double[] own = new double[examples.size()];
    boolean[] answerable = new boolean[examples.size()];
    for (int i = 0; i < answerable.length; i++) {
      own[i] = weights.probability(examples.get(i).signals());
      answerable[i] = examples.get(i).answerable();
    }
    double threshold = threshold(heldOutProbabilities(examples, used, weights), answerable);
    double underFloor = thresholdUnderFloor(threshold, own, answerable);
    return new GateWeights(weights.bias(), weights.weights(), threshold, underFloor);
  }

  /**
   * The threshold for a question under the cosine floor: the one with the best balanced accuracy on
   * the fit's own {@code probability} of every example, or {@code threshold} when that is higher.
   */
  static double thresholdUnderFloor(double threshold, double[] probability, boolean[] answerable) {
    return Math.max(threshold, balancedThreshold(probability, answerable));
  }

  /**
   * Each example's probability from weights fitted without its show; from {@code own}, the fit on
   * every example, when the other shows lack either kind of example (one show only, or a show
   * holding all of one kind), so there is nothing to fit without it.
   */
  static double[] heldOutProbabilities(List<Example> examples, boolean[] used, GateWeights own) {
    double[] probability = new double[examples.size()];
    for (String show : examples.stream().map(Example::show).distinct().sorted().toList()) {
      List<Example> others = examples.stream().filter(e -> !e.show().equals(show)).toList();
      boolean bothKinds =
          others.stream().anyMatch(Example::answerable)
              && !others.stream().allMatch(Example::answerable);
      GateWeights weights = bothKinds ? weigh(others, used) : own;
      for (int i = 0; i < examples.size(); i++) {
        if (examples.get(i).show().equals(show)) {
          probability[i] = weights.probability(examples.get(i).signals());
        }
      }
    }
    return probability;
  }

  /** Weights fitted on the signals {@code used} marks, with a placeholder threshold of 0.5. */
  private static GateWeights weigh(List<Example> examples, boolean[] used) {
    if (examples.stream().noneMatch(Example::answerable)
        || examples.stream().allMatch(Example::answerable)) {
      throw new IllegalArgumentException("fitting the gate needs examples of both kinds");
    }
    int d = examples.get(0).signals().length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        mean[j] += e.signals()[j] / examples.size();
      }
    }
    for (Example e : examples) {
      for (int j = 0; j < d; j++) {
        scale[j] += Math.pow(e.signals()[j] - mean[j], 2) / examples.size();
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = Math.sqrt(scale[j]) < 1e-9 ? 1 : Math.sqrt(scale[j]);
      if (!used[j]) {
        // An unused signal reads as its mean: it moves nothing.
        mean[j] = 0;
        scale[j] = Double.POSITIVE_INFINITY;
      }
    }
    int[] weighed = IntStream.range(0, d).filter(j -> used[j]).toArray();
    // The standardized signals, weighed ones only: the descent below reads them 20,000 times.
    double[][] x = new double[examples.size()][weighed.length];
    for (int i = 0; i < examples.size(); i++) {
      for (int k = 0; k < weighed.length; k++) {
        int j = weighed[k];
        x[i][k] = (examples.get(i).signals()[j] - mean[j]) / scale[j];
      }
    }
    long positives = examples.stream().filter(Example::answerable).count();
    double positiveWeight = examples.size() / (2.0 * positives);
    double negativeWeight = examples.size() / (2.0 * (examples.size() - positives));
    double[] v = new double[weighed.length];
    double b = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gv = new double[weighed.length];
      double gb = 0;
      for (int i = 0; i < x.length; i++) {
        double z = b;
        for (int k = 0; k < v.length; k++) {
          z += v[k] * x[i][k];
        }
        double p = 1 / (1 + Math.exp(-z));
        boolean answerable = examples.get(i).answerable();
        double g = (p - (answerable ? 1 : 0)) * (answerable ? positiveWeight : negativeWeight);
        for (int k = 0; k < v.length; k++) {
          gv[k] += g * x[i][k];
        }
        gb += g;
      }
      for (int k = 0; k < v.length; k++) {
        v[k] -= LEARNING_RATE * (gv[k] / examples.size() + L2 * v[k]);
      }
      b -= LEARNING_RATE * gb / examples.size();
    }
    double[] w = new double[d];
    for (int k = 0; k < weighed.length; k++) {
      w[weighed[k]] = v[k];
    }
    // Back to raw signals: w_j x_j / s_j - w_j m_j / s_j.
    List<Double> raw = new ArrayList<>();
    double bias = b;
    for (int j = 0; j < d; j++) {
      raw.add(w[j] / scale[j]);
      bias -= w[j] * mean[j] / scale[j];
    }
    return new GateWeights(bias, raw, 0.5);
  }

  /**
   * The threshold that decides the most examples right, each counting once (an answerable one
   * answered, an unanswerable one refused), given their {@code probability}: the middle of the
   * range of thresholds that reach it, so a question near the boundary on either side has room.
   */
  static double threshold(double[] probability, boolean[] answerable) {
    return middleOfBest(t -> decidedRight(probability, answerable, t, false));
  }

  /**
   * The threshold with the best balanced accuracy given {@code probability} (the mean of the
   * answerable share answered and the unanswerable share refused), in the middle of the range of
   * thresholds that reach it: the rule the gate's single threshold followed before round 6.
   */
  static double balancedThreshold(double[] probability, boolean[] answerable) {
    return middleOfBest(t -> decidedRight(probability, answerable, t, true));
  }

  /** Examples decided right at {@code t}: a count, or the mean of each kind's share right. */
  private static double decidedRight(
      double[] probability, boolean[] answerable, double t, boolean balanced) {
    int[] kind = new int[2];
    int[] right = new int[2];
    for (int i = 0; i < probability.length; i++) {
      int k = answerable[i] ? 1 : 0;
      kind[k]++;
      right[k] += (probability[i] >= t) == answerable[i] ? 1 : 0;
    }
    return balanced
        ? ((double) right[0] / kind[0] + (double) right[1] / kind[1]) / 2
        : right[0] + right[1];
  }

  /**
   * The middle of the first range of thresholds from 0.05 to 0.95, in steps of 0.01, that score
   * best, so a question near the boundary on either side has room.
   */
  private static double middleOfBest(DoubleUnaryOperator score) {
    double best = -1;
    int low = 50;
    int high = 50;
    for (int t = 5; t <= 95; t++) {
      double s = score.applyAsDouble(t / 100.0);
      if (s > best + 1e-12) {
        best = s;
        low = t;
        high = t;
      } else if (s > best - 1e-12 && high == t - 1) {
        high = t;
      }
    }
    return Math.round((low + high) / 2.0) / 100.0;
  }

  /** The mean of the answerable share answered and the unanswerable share refused. */
  public static double balancedAccuracy(
      GateWeights weights, List<Example> examples, double threshold) {
    int answerable = 0;
    int answered = 0;
    int unanswerable = 0;
    int refused = 0;
    for (Example e : examples) {
      boolean pass = weights.probability(e.signals()) >= threshold;
      if (e.answerable()) {
        answerable++;
        answered += pass ? 1 : 0;
      } else {
        unanswerable++;
        refused += pass ? 0 : 1;
      }
    }
    return ((double) answered / answerable + (double) refused / unanswerable) / 2;
  }
}
