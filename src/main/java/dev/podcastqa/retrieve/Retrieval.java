package dev.podcastqa.retrieve;

import java.util.List;

/**
 * The passages retrieved for one question, best first, with the question's embedding so later steps
 * can compare sentences with it without embedding it again.
 */
public record Retrieval(String question, float[] questionVector, List<Passage> passages) {

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
