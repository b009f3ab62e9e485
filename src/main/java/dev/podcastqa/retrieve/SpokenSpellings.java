package dev.podcastqa.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How the best passages spell a question word that no chunk has: a transcript written by a speech
 * recogniser spells a name as it heard it ("Emacs" as "emax", "Sarah Koenig" as "Sarah Cain egg"),
 * splits a word ("ChatGPT" as "chat GPT"), drops dots ("J.K." as "JK"), and a speaker's country
 * spells "behaviour" otherwise. Such a word is said; only its spelling differs, so the question is
 * read with the passage's spelling instead.
 *
 * <p>A passage word, or two passage words in a row read as one, spells the question word when:
 *
 * <ul>
 *   <li>both have the same letters once punctuation and spaces are dropped;
 *   <li>or both have at least {@link #MIN_LETTERS} letters, sound alike (the same Double Metaphone
 *       code, primary or alternate) and differ by one letter, or two from {@link #LONG_WORD}
 *       letters on;
 *   <li>or the question word is a specific one (a name or term, {@link WordRarity#isSpecific}), the
 *       passage's spelling holds a specific word too, both sound alike with a code of at least
 *       {@link #MIN_CODE} sounds, and their lengths differ by at most {@link #MAX_EDITS} + 1.
 * </ul>
 *
 * <p>Everyday words are held to the letter bound: "cloud" and "could", "snack" and "change" sound
 * alike to Double Metaphone, and a question's everyday word the episodes lack is phrasing, not a
 * misheard name.
 */
final class SpokenSpellings {

  /**
   * A question word shorter than this (in letters and digits) is only matched letter for letter.
   */
  static final int MIN_LETTERS = 5;

  /**
   * Letters a sound-alike spelling may differ by (insertions, deletions, substitutions): one for a
   * word shorter than {@link #LONG_WORD} letters, two from there ("cloud" and "could" are two
   * apart).
   */
  static final int MAX_EDITS = 2;

  /** A word this long may differ by {@link #MAX_EDITS} letters, a shorter one by one. */
  static final int LONG_WORD = 8;

  /** Sounds a code must have for a misheard name: two ("XL", "KN") match too many words. */
  static final int MIN_CODE = 3;

  /** Longest code compared: the library's default of 4 would make long names collide. */
  static final int CODE_LENGTH = 12;

  /** A word of a passage as written: letters and digits, with inner dots, hyphens, apostrophes. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’-][\\p{L}\\p{N}]+)*");

  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private final Predicate<String> specific;

  /**
   * @param specific whether a word (lower case, as written) is a name or term, not everyday
   */
  SpokenSpellings(Predicate<String> specific) {
    this.specific = specific;
    metaphone.setMaxCodeLen(CODE_LENGTH);
  }

  /**
   * {@code question} with each of {@code absent} (its words, lower case as written, that no chunk
   * has) that {@code texts} spell otherwise replaced by that spelling, as the text writes it.
   */
  String asSaid(String question, List<String> absent, List<String> texts) {
    String heard = question;
    for (String word : absent) {
      Optional<String> said = spelling(word, texts);
      if (said.isPresent()) {
        heard =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(heard)
                .replaceAll(Matcher.quoteReplacement(said.get()));
      }
    }
    return heard;
  }

  /**
   * How {@code texts} spell {@code word} (lower case, as written) otherwise: the first word, or two
   * words in a row, that does (a letter-for-letter spelling before a sound-alike); empty when none
   * does.
   */
  Optional<String> spelling(String word, List<String> texts) {
    Wanted wanted = new Wanted(word);
    if (wanted.letters.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> bySound = Optional.empty();
    Map<String, List<String>> coded = new HashMap<>();
    for (String text : texts) {
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group());
      }
      List<String> letters = words.stream().map(SpokenSpellings::letters).toList();
      for (int i = 0; i < words.size(); i++) {
        for (int count = 1; count <= 2 && i + count <= words.size(); count++) {
          List<String> parts = letters.subList(i, i + count);
          String joined = String.join("", parts);
          if (joined.equals(wanted.letters)) {
            String spelling = String.join(" ", words.subList(i, i + count));
            if (!spelling.equalsIgnoreCase(word)) {
              return Optional.of(spelling);
            }
          }
          if (bySound.isEmpty() && soundsLike(wanted, joined, parts, coded)) {
            bySound = Optional.of(String.join(" ", words.subList(i, i + count)));
          }
        }
      }
    }
    return bySound;
  }

  /**
   * Whether {@code letters} (of the passage words {@code parts}) sounds like the wanted word;
   * {@code coded} keeps the codes of the words seen, as speech repeats its words.
   */
  private boolean soundsLike(
      Wanted wanted, String letters, List<String> parts, Map<String, List<String>> coded) {
    // The cheap tests first: a passage has thousands of words, and coding each costs more.
    if (wanted.codes.isEmpty()
        || Math.abs(wanted.letters.length() - letters.length()) > MAX_EDITS + 1) {
      return false;
    }
    int edits = wanted.letters.length() >= LONG_WORD ? MAX_EDITS : 1;
    if (letters.length() >= MIN_LETTERS
        && edits(wanted.letters, letters, edits) <= edits
        && codes(letters).stream().anyMatch(wanted.codes::contains)) {
      return true;
    }
    if (!wanted.specific || parts.stream().noneMatch(specific)) {
      return false;
    }
    // Two words sound like the name only if the first one's sounds start it ("Cain" for Koenig).
    List<String> first = coded.computeIfAbsent(parts.get(0), this::codes);
    if (first.stream().noneMatch(c -> wanted.codes.stream().anyMatch(w -> w.startsWith(c)))) {
      return false;
    }
    List<String> codes = parts.size() == 1 ? first : codes(letters);
    return codes.stream().anyMatch(c -> c.length() >= MIN_CODE && wanted.codes.contains(c));
  }

  /** A question word: its letters, its sound codes, and whether it is a name or term. */
  private final class Wanted {
    final String letters;
    final List<String> codes;
    final boolean specific;

    Wanted(String word) {
      letters = letters(word);
      boolean byEar =
          letters.length() >= MIN_LETTERS && letters.chars().noneMatch(Character::isDigit);
      codes = byEar ? codes(letters) : List.of();
      specific = SpokenSpellings.this.specific.test(word);
    }
  }

  /** The word's Double Metaphone codes, primary first. */
  private List<String> codes(String letters) {
    List<String> codes = new ArrayList<>();
    for (String code :
        List.of(metaphone.doubleMetaphone(letters), metaphone.doubleMetaphone(letters, true))) {
      if (code != null && !code.isEmpty() && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it is
   * known to exceed {@code limit}.
   */
  static int edits(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowBest = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowBest = Math.min(rowBest, current[j]);
      }
      if (rowBest > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }

  /** The letters and digits of {@code word}, lower case. */
  static String letters(String word) {
    StringBuilder letters = new StringBuilder(word.length());
    word.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(letters::appendCodePoint);
    return letters.toString();
  }
}
