package dev.podcastqa.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for (a person, a place, a time, a number) and whether a sentence
 * states one. "Who founded Goodfire?" is answered by the sentence that names people, not by a
 * chapter title that shares the company's name; "Where do they talk about X?" asks for a moment in
 * the episode, not a place, and asks for no fact.
 */
enum FactKind {
  /** "who", "whom", "whose": a first and last name the question does not hold. */
  WHO("\\b(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'’-]+)"),
  /** "where did / was": a capitalized place after "at", "in", "from" the question does not hold. */
  WHERE("\\b(?:at|in|from|near|to)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+)"),
  /** "when did / was", "what year": a year, a decade, a month, an age, a time before now. */
  WHEN(
      "(?i)\\b((?:1[5-9]|20)\\d\\d|\\d0s|january|february|march|april|june|july|august|september"
          + "|october|november|december|ago|\\d+ years old|age (?:of )?\\d+"
          + "|when (?:i|he|she|we|they) (?:was|were))\\b"),
  /** "how many", "how much": a number the question does not hold. */
  COUNT(
      "(?i)\\b(\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
          + "|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\\b");

  /** A question about where or when something is said asks for a moment, not a fact. */
  private static final Pattern ABOUT_THE_EPISODE =
      Pattern.compile(
          "\\b(talk|talks|talked|talking|discuss|discusses|discussed|mention|mentions|mentioned"
              + "|explain|explains|explained|cover|covers|covered|compare|compared|explore"
              + "|explores|explored|argue|argued|describe|describes|described|referenced"
              + "|introduce|introduced|get into|go into|goes into|bring up|brought up)\\b");

  private static final Pattern WHO_QUESTION = Pattern.compile("^(who|whom|whose)\\b");
  private static final Pattern WHERE_QUESTION =
      Pattern.compile("^where (did|does|do|was|is|were|are|has|had)\\b");
  private static final Pattern WHEN_QUESTION =
      Pattern.compile("^when (did|was|were|had)\\b|\\b(what|which) year\\b");
  private static final Pattern COUNT_QUESTION = Pattern.compile("^how (many|much)\\b");

  private final Pattern filler;

  FactKind(String filler) {
    this.filler = Pattern.compile(filler);
  }

  /** The kind of fact {@code question} asks for; empty when it asks for none of these. */
  static Optional<FactKind> of(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (ABOUT_THE_EPISODE.matcher(q).find()) {
      return Optional.empty();
    }
    if (WHO_QUESTION.matcher(q).find()) {
      return Optional.of(WHO);
    }
    if (WHERE_QUESTION.matcher(q).find()) {
      return Optional.of(WHERE);
    }
    if (WHEN_QUESTION.matcher(q).find()) {
      return Optional.of(WHEN);
    }
    return COUNT_QUESTION.matcher(q).find() ? Optional.of(COUNT) : Optional.empty();
  }

  /**
   * Whether {@code sentence} states a fact of this kind that {@code question} does not already
   * hold. A name that opens the sentence may be a capitalized first word: it is not counted.
   */
  boolean statedIn(String sentence, String question) {
    String asked = question.toLowerCase(Locale.ROOT);
    Matcher found = filler.matcher(sentence);
    while (found.find()) {
      int group = found.groupCount() > 0 && found.group(1) != null ? 1 : 0;
      String said = found.group(group).toLowerCase(Locale.ROOT);
      if (this == WHO && opensSentence(sentence, found.start())) {
        continue;
      }
      if (Arrays.stream(said.split("\\s+")).noneMatch(asked::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensSentence(String sentence, int at) {
    String before = sentence.substring(0, at).stripTrailing();
    return before.isEmpty() || ".!?\"“:".indexOf(before.charAt(before.length() - 1)) >= 0;
  }
}
