package dev.podcastqa.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The five figures a listener's experience is read from, over a run or a part of it: the answer
 * figures count its answerable questions, {@code nearMissRefused} its unanswerable ones.
 */
public record KeyFigures(
    Figure episodeAtCitation1,
    Figure momentWithinTolerance,
    Figure momentAtCitation1,
    Figure answerableRefused,
    Figure nearMissRefused) {

  public KeyFigures {
    Objects.requireNonNull(episodeAtCitation1, "episodeAtCitation1");
    Objects.requireNonNull(momentWithinTolerance, "momentWithinTolerance");
    Objects.requireNonNull(momentAtCitation1, "momentAtCitation1");
    Objects.requireNonNull(answerableRefused, "answerableRefused");
    Objects.requireNonNull(nearMissRefused, "nearMissRefused");
  }

  /** The figures of {@code results}. */
  static KeyFigures of(List<EvalResult> results) {
    List<EvalResult> answerable = results.stream().filter(r -> r.question().answerable()).toList();
    List<EvalResult> unanswerable =
        results.stream().filter(r -> !r.question().answerable()).toList();
    return new KeyFigures(
        count(answerable, EvalResult::episodeAtCitation1),
        count(answerable, EvalResult::momentInTop),
        count(answerable, EvalResult::momentAtCitation1),
        count(answerable, EvalResult::refused),
        count(unanswerable, EvalResult::refused));
  }

  private static Figure count(List<EvalResult> subset, Predicate<EvalResult> test) {
    return new Figure((int) subset.stream().filter(test).count(), subset.size());
  }
}
