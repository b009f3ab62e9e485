package dev.podcastqa.answer;

import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words that shape a question rather than say what it asks ("what", "which", "why"), read from
 * {@code question-function-words.txt}: a quote need not hold them.
 */
final class FunctionWords {

  private static final String FUNCTION_WORDS = "/answer/question-function-words.txt";

  private FunctionWords() {}

  /** The words as listed, lower case. */
  static List<String> listed() {
    return ResourceLines.of(FUNCTION_WORDS);
  }

  /** The analyzed forms of the words that shape a question rather than say what it asks. */
  static Set<String> of(QueryTerms terms) {
    Set<String> words = new HashSet<>();
    listed().forEach(word -> words.addAll(terms.of(word)));
    return Set.copyOf(words);
  }
}
