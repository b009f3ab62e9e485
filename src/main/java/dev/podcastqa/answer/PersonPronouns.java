package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.retrieve.ResourceLines;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a quote that speaks of someone by a pronoun before naming anyone. Beside quotes of other
 * passages, its "he" seems to be whoever they name ("So he wants to pin it in mempools", where he
 * is an attacker of a passage not quoted), so an answer quotes it only first, where nothing else is
 * named before it, or with the sentence before it that names someone.
 */
final class PersonPronouns {

  /** A pronoun standing for a person, as a whole word ("he's" included). */
  private static final Pattern PERSON =
      Pattern.compile("(?i)(he|she|him|his|her|hers|himself|herself)(['’](s|d|ll))?");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** What a word carries around its letters: quotes, brackets, punctuation. */
  private static final Pattern AROUND = Pattern.compile("^[^\\p{L}]+|[^\\p{L}’']+$");

  /** The speaker's own "I", "I'm", "I’ve": capitalised, and no name. */
  private static final Pattern SELF = Pattern.compile("I(['’]\\p{L}+)?");

  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…]$");

  private static final String OPENERS = "/answer/sentence-openers.txt";

  /** Words that open a sentence capitalised without naming anyone ("So", "Beyond", "The"). */
  private static final Set<String> NO_NAMES = openers();

  private PersonPronouns() {}

  /**
   * Whether {@code quote} speaks of a person by a pronoun ("So he wants to pin it", "to get him on
   * self-custody", "… He's like, yeah") before it names anyone: quoted beside other passages, its
   * "he" would seem to be whoever they name. A name is a capitalised word other than "I", and, at a
   * sentence's opening, other than a word that opens sentences ({@code sentence-openers.txt}).
   */
  static boolean leansOnSomeone(String quote) {
    boolean opens = true;
    for (String word : WHITESPACE.split(quote.strip())) {
      String bare = AROUND.matcher(word).replaceAll("");
      if (PERSON.matcher(bare).matches()) {
        return true;
      }
      if (!bare.isEmpty()
          && Character.isUpperCase(bare.charAt(0))
          && !SELF.matcher(bare).matches()
          && !(opens && NO_NAMES.contains(stem(bare)))) {
        return false;
      }
      opens = bare.isEmpty() ? opens : ENDS_SENTENCE.matcher(word).matches();
    }
    return false;
  }

  /**
   * {@code quote} as it stands beside other passages' quotes: itself, unless it speaks of someone
   * by a pronoun before naming anyone ({@link #leansOnSomeone}); then with the nearest of the
   * {@link QuoteText#REFERENT_REACH} sentences before it in its line of the passage (its speaker's
   * turn) that names someone; empty when none does.
   */
  static Optional<Quote> naming(Quote quote, QuoteText text) {
    if (!leansOnSomeone(quote.text())) {
      return Optional.of(quote);
    }
    Chunk chunk = quote.passage().chunk();
    String start = quote.text().replaceFirst("^…", "").strip();
    String probe = start.substring(0, Math.min(20, start.length()));
    // The referent is looked for in the quote's own line: in a transcript, its speaker's turn.
    for (String line : chunk.text().split("\n")) {
      List<String> sentences = QuoteText.lineSentences(chunk.kind(), line);
      for (int i = 0; i < sentences.size(); i++) {
        if (!sentences.get(i).contains(probe)) {
          continue;
        }
        for (int j = i - 1; j >= Math.max(0, i - QuoteText.REFERENT_REACH); j--) {
          String named = sentences.get(j) + (j == i - 1 ? " " : " … ") + start;
          if (WHITESPACE.split(named).length <= 2 * QuoteText.MAX_WORDS && !leansOnSomeone(named)) {
            return Optional.of(quote.saying(named, text.termsOf(named)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** {@code word} lower-cased without what follows an apostrophe ("That's": "that"). */
  private static String stem(String word) {
    return word.toLowerCase(Locale.ROOT).split("['’]")[0];
  }

  private static Set<String> openers() {
    return Set.copyOf(ResourceLines.of(OPENERS));
  }
}
