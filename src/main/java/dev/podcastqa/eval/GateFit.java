package dev.podcastqa.eval;

import dev.podcastqa.answer.GateWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the relevance gate's logistic regression to labelled examples (answerable or not), by
 * gradient descent on standardized signals with a small L2 penalty, each class weighted equally
 * however many examples it has. Only the chosen signals are weighed; the others get weight 0. The
 * threshold chosen is the one that gets the most of both classes right on the same examples
 * (balanced accuracy), in the middle of the range that does. {@link #crossValidate} measures how
 * that generalizes, leaving one show out at a time.
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
          answered[i] = probability[i] >= weights.threshold();
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

  /** Weights fitted on the signals {@code used} marks; the others weigh 0. */
  public static GateWeights fit(List<Example> examples, boolean[] used) {
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
    long positives = examples.stream().filter(Example::answerable).count();
    double positiveWeight = examples.size() / (2.0 * positives);
    double negativeWeight = examples.size() / (2.0 * (examples.size() - positives));
    double[] w = new double[d];
    double b = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      double[] gw = new double[d];
      double gb = 0;
      for (Example e : examples) {
        double z = b;
        for (int j = 0; j < d; j++) {
          z += w[j] * (e.signals()[j] - mean[j]) / scale[j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = e.answerable() ? 1 : 0;
        double g = (p - y) * (e.answerable() ? positiveWeight : negativeWeight);
        for (int j = 0; j < d; j++) {
          gw[j] += g * (e.signals()[j] - mean[j]) / scale[j];
        }
        gb += g;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= LEARNING_RATE * (gw[j] / examples.size() + L2 * w[j]);
      }
      b -= LEARNING_RATE * gb / examples.size();
    }
    // Back to raw signals: w_j x_j / s_j - w_j m_j / s_j.
    List<Double> raw = new ArrayList<>();
    double bias = b;
    for (int j = 0; j < d; j++) {
      raw.add(w[j] / scale[j]);
      bias -= w[j] * mean[j] / scale[j];
    }
    GateWeights unthresholded = new GateWeights(bias, raw, 0.5);
    return new GateWeights(bias, raw, threshold(unthresholded, examples));
  }

  /**
   * The threshold with the best balanced accuracy on {@code examples}: the middle of the range of
   * thresholds that reach it, so a question near the boundary on either side has room.
   */
  static double threshold(GateWeights weights, List<Example> examples) {
    double bestScore = -1;
    int low = 50;
    int high = 50;
    for (int t = 5; t <= 95; t++) {
      double score = balancedAccuracy(weights, examples, t / 100.0);
      if (score > bestScore + 1e-12) {
        bestScore = score;
        low = t;
        high = t;
      } else if (score > bestScore - 1e-12 && high == t - 1) {
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
