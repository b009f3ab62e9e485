package dev.podcastqa.eval;

import java.util.List;

/**
 * One question of an evaluation set: either answerable, with the episodes that may answer it and
 * the second where the answer is, or one the corpus cannot answer.
 */
public record EvalQuestion(String question, List<String> episodes, int second, boolean answerable) {

  public EvalQuestion {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("an eval question has no text");
    }
    episodes = List.copyOf(episodes);
    if (answerable && episodes.isEmpty()) {
      throw new IllegalArgumentException("answerable question has no episode: " + question);
    }
  }
}
