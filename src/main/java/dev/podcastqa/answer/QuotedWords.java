package dev.podcastqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a question puts in quotation marks ("Where does the phrase 'mass assassination factory'
 * come from?"): what it asks about, even when they are also the episode's title. An apostrophe
 * inside a word ("Dan's", "don't") opens no quotation.
 */
final class QuotedWords {

  private static final Pattern QUOTED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])['‘\"“]([^'‘’\"“”]*[\\p{L}\\p{N}][^'‘’\"“”]*?)['’\"”](?![\\p{L}\\p{N}])");

  private QuotedWords() {}

  /** The quoted phrases of {@code question}, in order; empty when it quotes nothing. */
  static List<String> of(String question) {
    List<String> phrases = new ArrayList<>();
    Matcher m = QUOTED.matcher(question);
    while (m.find()) {
      phrases.add(m.group(1).strip());
    }
    return phrases;
  }
}
