package dev.podcastqa.answer;

import dev.podcastqa.retrieve.QueryTerms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that shape a question rather than say what it asks ("what", "which", "why"), read from
 * {@code question-function-words.txt}: a quote need not hold them.
 */
final class FunctionWords {

  private static final String FUNCTION_WORDS = "/answer/question-function-words.txt";

  private FunctionWords() {}

  /** The analyzed forms of the words that shape a question rather than say what it asks. */
  static Set<String> of(QueryTerms terms) {
    try (InputStream in = FunctionWords.class.getResourceAsStream(FUNCTION_WORDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FUNCTION_WORDS);
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.addAll(terms.of(line.strip()));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FUNCTION_WORDS, e);
    }
  }
}
