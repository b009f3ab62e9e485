package dev.podcastqa.retrieve;

import dev.podcastqa.index.Chunk;

/**
 * A retrieved chunk with how each search saw it: its fused score, its cosine similarity to the
 * question (NaN when dense search did not return it) and its BM25 score (NaN likewise), and its
 * 1-based rank in each list (0 when absent).
 */
public record Passage(
    Chunk chunk, double fused, double cosine, double bm25, int denseRank, int lexicalRank) {

  public boolean foundByDense() {
    return denseRank > 0;
  }

  public boolean foundByLexical() {
    return lexicalRank > 0;
  }
}
