package dev.podcastqa.answer;

import dev.podcastqa.episode.Episode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one person an episode's metadata names, so that a show-note sentence leaning on "he" or "she"
 * can name them ("[Neel Nanda] also discusses the limitations ...") instead of pointing, beside
 * another passage, at whoever was named last.
 *
 * <p>A name is a run of two or three capitalized words of the episode's title that its show notes
 * write too, and whose words the notes never write in lower case: "Mechanistic Interpretability" in
 * a title is a topic the notes also call "mechanistic interpretability"; "Neel Nanda" is
 * capitalized wherever it is written. When the title holds no such run, or more than one, no one is
 * named and the pronoun stays unresolved.
 */
final class SoleGuest {

  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}'’])(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}'’])");

  /** A sentence opening on the guest's pronoun: subject ("He") or possessive ("His", "Her"). */
  private static final Pattern PRONOUN = Pattern.compile("^([\"'“]?)(He|She|His|Her)\\b");

  private SoleGuest() {}

  /** The one person {@code episode}'s title names and its notes confirm, if exactly one. */
  static Optional<String> of(Episode episode) {
    String notes = episode.description();
    if (notes.isBlank()) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher run = NAME.matcher(episode.title());
    while (run.find()) {
      String name = run.group(1).replaceAll("\\s+", " ");
      if (notes.contains(name) && neverLowerCase(name, notes)) {
        names.add(name);
      }
    }
    return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
  }

  /**
   * {@code sentence} with its opening pronoun replaced by {@code guest} in brackets ("He also
   * argues" becomes "[Neel Nanda] also argues", "His team" "[Neel Nanda]'s team"); empty when it
   * does not open on a personal pronoun.
   */
  static Optional<String> naming(String sentence, String guest) {
    Matcher pronoun = PRONOUN.matcher(sentence.strip());
    if (!pronoun.find()) {
      return Optional.empty();
    }
    String word = pronoun.group(2);
    boolean possessive = word.equals("His") || word.equals("Her");
    String name = "[" + guest + "]" + (possessive ? "'s" : "");
    return Optional.of(pronoun.group(1) + name + sentence.strip().substring(pronoun.end()));
  }

  private static boolean neverLowerCase(String name, String notes) {
    for (String word : name.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})")
          .matcher(notes)
          .find()) {
        return false;
      }
    }
    return true;
  }
}
