package dev.podcastqa.answer;

import dev.podcastqa.retrieve.AnswerSignals;
import dev.podcastqa.retrieve.Retrieval;
import java.util.Locale;

/**
 * Decides whether retrieval found anything that can answer the question, so that questions the
 * corpus cannot answer are refused instead of answered with the nearest noise. It runs before any
 * answer mode: a model never sees a question that fails it.
 *
 * <p>The decision is a logistic regression over several signals ({@link AnswerSignals}): the best
 * cosine, measured from the embedding model's calibrated floor so one set of weights serves every
 * model; how much of the question's wording, weighted by rarity, the passages and their best
 * sentences hold; whether the question uses a word no episode has, and whether it writes that word
 * as a name; whether it asks for a kind of answer (a sum, a count, a date, a name) the best
 * sentences do not give; and how much closer the nearest passage comes once the words the passages
 * lack are taken out of the question. Weights and threshold come from {@link GateWeights}, fitted
 * on the tuning sets only (README, "How refusal is decided").
 */
public final class RelevanceGate {

  private final GateWeights weights;
  private final double cosineFloor;
  private final double minCosine;

  /**
   * @param weights the fitted model
   * @param cosineFloor the embedding model's calibrated cosine floor, subtracted from the cosine
   * @param minCosine a hard floor: a best cosine under it is refused whatever the model says (0 for
   *     none)
   */
  public RelevanceGate(GateWeights weights, double cosineFloor, double minCosine) {
    this.weights = weights;
    this.cosineFloor = cosineFloor;
    this.minCosine = minCosine;
  }

  public boolean passes(Retrieval retrieval) {
    return decide(retrieval).answerable();
  }

  /** The model's inputs for {@code retrieval}, in the order of {@link AnswerSignals#NAMES}. */
  public double[] features(Retrieval retrieval) {
    double[] x = AnswerSignals.of(retrieval).values();
    x[0] -= cosineFloor;
    return x;
  }

  /** The decision with its reason, for logs and the eval's list of misses. */
  public Decision decide(Retrieval retrieval) {
    if (retrieval.isEmpty()) {
      return new Decision(false, 0, "no passage found");
    }
    double[] x = features(retrieval);
    double p = weights.probability(x);
    StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "p=%.2f (", p));
    for (int i = 0; i < x.length; i++) {
      reason.append(i == 0 ? "" : ", ").append(AnswerSignals.NAMES.get(i));
      reason.append(String.format(Locale.ROOT, " %.2f", i == 0 ? x[i] + cosineFloor : x[i]));
    }
    reason.append(')');
    if (retrieval.bestCosine() < minCosine) {
      return new Decision(false, p, reason + ", under the configured minimum cosine");
    }
    return new Decision(p >= weights.threshold(), p, reason.toString());
  }

  /** Whether to answer, the model's probability that the question is answerable, and why. */
  public record Decision(boolean answerable, double probability, String reason) {}
}
