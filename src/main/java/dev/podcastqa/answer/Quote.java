package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Passage;
import java.util.Set;

/**
 * A sentence an extractive answer may quote, from one retrieved passage, with how well it answers
 * the question.
 *
 * @param chapter the chapter title or reference a transcript quote was found under, when it was
 *     found that way (the context an answer names); else null
 */
record Quote(Passage passage, String text, Set<String> terms, double score, String chapter) {

  Quote(Passage passage, String text, Set<String> terms, double score) {
    this(passage, text, terms, score, null);
  }

  /** This quote of the same passage, saying {@code text} (of {@code terms}) instead. */
  Quote saying(String text, Set<String> terms) {
    return new Quote(passage, text, terms, score, chapter);
  }
}
