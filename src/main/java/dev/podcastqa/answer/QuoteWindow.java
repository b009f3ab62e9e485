package dev.podcastqa.answer;

import dev.podcastqa.retrieve.QueryTerms;
import java.util.Arrays;
import java.util.Set;

/**
 * Cuts a quote too long to read (captions without punctuation run on for a whole passage) to the
 * {@link QuoteText#MAX_WORDS} words around the answer: the earliest window holding most of the
 * question.
 */
final class QuoteWindow {

  private final QueryTerms terms;

  QuoteWindow(QueryTerms terms) {
    this.terms = terms;
  }

  /**
   * The text whole when short enough, else the {@link QuoteText#MAX_WORDS} words that cover most.
   */
  String cut(String text, Set<String> question) {
    String[] words = text.split("\\s+");
    if (words.length <= QuoteText.MAX_WORDS) {
      return text;
    }
    int bestStart = 0;
    double bestScore = -1;
    for (int start = 0; start + QuoteText.MAX_WORDS <= words.length; start += 5) {
      String window =
          String.join(" ", Arrays.copyOfRange(words, start, start + QuoteText.MAX_WORDS));
      double score = QueryTerms.looseCoverage(question, terms.of(window));
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestStart = start;
      }
    }
    int end = Math.min(words.length, bestStart + QuoteText.MAX_WORDS);
    String window = String.join(" ", Arrays.copyOfRange(words, bestStart, end));
    return (bestStart > 0 ? "…" : "") + window + (end < words.length ? "…" : "");
  }
}
