package dev.podcastqa.answer;

import dev.podcastqa.retrieve.AnswerSignals;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
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
 * on the tuning sets only (README, "How refusal is decided"); a question whose best passage is
 * under the model's calibrated floor, nothing near it in meaning, needs a higher probability.
 *
 * <p>One rule comes before the model: a question whose words the passages hold only apart, each in
 * a passage of its own ({@link TermEvidence#wordsApart()}), is off-topic and refused when nothing
 * in the corpus is near it in meaning (the best cosine under {@link #OFF_TOPIC_COSINE} over the
 * floor) or when it writes a specific word no chunk has: the one word a passage shares with it is
 * there by chance ("capital" in a bank's advert for "What is the capital of Canada?"). A linear
 * model lets word support make up for a low cosine, and an off-topic question's everyday words are
 * somewhere in any corpus.
 */
public final class RelevanceGate {

  /**
   * Best cosine, over the embedding model's calibrated floor, under which a question whose words
   * are found only apart is refused: a little over the floor, where no answerable tuning question
   * with its words apart was answered.
   */
  static final double OFF_TOPIC_COSINE = 0.02;

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
    if (offTopic(x[0], retrieval.evidence())) {
      return new Decision(false, p, reason + ", off-topic: its words only apart");
    }
    boolean answers = p >= weights.threshold(x[0]);
    if (!answers && p >= weights.threshold()) {
      return new Decision(false, p, reason + ", under the cosine floor and its threshold");
    }
    return new Decision(answers, p, reason.toString());
  }

  /**
   * Whether a question is off-topic: the passages hold its words only apart, and its best cosine
   * over the floor is under {@link #OFF_TOPIC_COSINE} or it writes a specific word no chunk has.
   */
  static boolean offTopic(double cosineOverFloor, TermEvidence evidence) {
    return evidence.wordsApart() == 1
        && (cosineOverFloor < OFF_TOPIC_COSINE || !evidence.missingSpecificWords().isEmpty());
  }

  /** Whether to answer, the model's probability that the question is answerable, and why. */
  public record Decision(boolean answerable, double probability, String reason) {}
}
