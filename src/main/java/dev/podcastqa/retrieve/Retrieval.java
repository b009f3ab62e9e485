package dev.podcastqa.retrieve;

import java.util.List;

/**
 * The passages retrieved for one question, best first, with the question's embedding (so later
 * steps need not embed it again) and what its words say about the corpus's coverage.
 */
public record Retrieval(
    String question, float[] questionVector, List<Passage> passages, TermEvidence evidence) {

  public Retrieval {
    passages = List.copyOf(passages);
  }

  /** The highest cosine similarity of any passage to the question (0 when none). */
  public double bestCosine() {
    return passages.stream()
        .mapToDouble(Passage::cosine)
        .filter(c -> !Double.isNaN(c))
        .max()
        .orElse(0);
  }

  public boolean isEmpty() {
    return passages.isEmpty();
  }
}
