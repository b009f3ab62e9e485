package dev.podcastqa.answer;

import dev.podcastqa.retrieve.QueryTerms;
import java.util.Arrays;
import java.util.Set;

/**
 * Cuts a quote too long to read (captions without punctuation run on for a whole passage) to the
 * {@link QuoteText#MAX_WORDS} words around the answer: the earliest window holding most of the
 * question, started a few words before the first of the question's words it holds, so the words
 * said after them, where the answer goes on, are quoted too.
 */
final class QuoteWindow {

  /** Words a cut quote keeps before the first word of the question it holds. */
  static final int LEAD_WORDS = 12;

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
    // The earliest window covering most ends on the answer's first words; it starts a few words
    // before them instead, so what is said after them is quoted too.
    bestStart =
        Math.max(
            bestStart,
            Math.min(
                firstHeld(words, bestStart, question) - LEAD_WORDS,
                words.length - QuoteText.MAX_WORDS));
    int end = Math.min(words.length, bestStart + QuoteText.MAX_WORDS);
    String window = String.join(" ", Arrays.copyOfRange(words, bestStart, end));
    return (bestStart > 0 ? "…" : "") + window + (end < words.length ? "…" : "");
  }

  /** The index of the first word from {@code from} on that holds a word of {@code question}. */
  private int firstHeld(String[] words, int from, Set<String> question) {
    for (int i = from; i < Math.min(words.length, from + QuoteText.MAX_WORDS); i++) {
      if (QueryTerms.looseCoverage(question, terms.of(words[i])) > 0) {
        return i;
      }
    }
    return from;
  }
}
