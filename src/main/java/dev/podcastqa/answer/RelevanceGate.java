package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Retrieval;

/**
 * Decides whether retrieval found anything that can answer the question at all, so that questions
 * the corpus cannot answer are refused instead of answered with the nearest noise. Runs before any
 * answer mode (a model never sees a question that fails it).
 */
public final class RelevanceGate {

  private final double minCosine;

  /**
   * @param minCosine the lowest cosine similarity between the question and its best passage that
   *     still counts as an answer; calibrated per embedding model on questions the sample corpus
   *     cannot answer (see README)
   */
  public RelevanceGate(double minCosine) {
    this.minCosine = minCosine;
  }

  public boolean passes(Retrieval retrieval) {
    return !retrieval.isEmpty() && retrieval.bestCosine() >= minCosine;
  }

  public double minCosine() {
    return minCosine;
  }
}
