package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the chapter titles and references quoted from one episode is cited first. A title is
 * nothing but its words, so its similarity and rank say less than how much of the question it says:
 * "Competing Approaches and Techniques" answers "Where do they compare competing approaches and
 * techniques for interpretability?" better than "Applications of Interpretability Techniques",
 * which the searches put first. Of titles saying as much, the earliest is where the discussion
 * starts ("Minimum Description Length and Interpretability" at 57:21 before "Understanding Minimum
 * Description Length" at 59:27).
 */
final class TitleOrder {

  private TitleOrder() {}

  /**
   * {@code chosen} (best first, modified in place) led by the title of the first quote's episode
   * that says most of {@code question} beyond the words that name the episode ({@code naming}: a
   * reference "Neel Nanda - Personal Website" says only who the episode is about), the earliest of
   * those saying as much, when the first quote is itself a title; otherwise unchanged.
   */
  static void lead(List<Quote> chosen, Set<String> question, Set<String> naming) {
    if (chosen.isEmpty() || !isTimedTitle(chosen.get(0).passage().chunk())) {
      return;
    }
    Set<String> asked = new LinkedHashSet<>(question);
    asked.removeAll(naming);
    if (asked.isEmpty()) {
      return;
    }
    String episodeId = chosen.get(0).passage().chunk().episodeId();
    Quote lead =
        chosen.stream()
            .filter(q -> isTimedTitle(q.passage().chunk()))
            .filter(q -> q.passage().chunk().episodeId().equals(episodeId))
            .min(
                Comparator.comparingDouble((Quote q) -> -QueryTerms.looseCoverage(asked, q.terms()))
                    .thenComparingInt(q -> q.passage().chunk().startSeconds()))
            .orElseThrow();
    chosen.remove(lead);
    chosen.add(0, lead);
  }

  private static boolean isTimedTitle(Chunk chunk) {
    return WantedSentence.isTitle(chunk) && chunk.timed();
  }
}
