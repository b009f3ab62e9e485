package dev.podcastqa.answer;

import dev.podcastqa.retrieve.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a question leans on the conversation before it: it refers back ("When did he say that?",
 * "What are its limits?") or continues it ("And transformers?", "Why?"). Only such a question is
 * searched together with the previous one when it finds nothing alone; a question that names its
 * own topic ("What is the capital of France?") stands alone, and is refused when the episodes do
 * not cover it, whatever the conversation was about. It also tells a follow-up that asks what came
 * next ("What happened after that?") or why ("Why?"), and a sentence that gives a reason. The words
 * are in {@code answer/follow-up-words.txt}.
 */
final class FollowUpCue {

  private static final String WORDS = "/answer/follow-up-words.txt";

  /** A word shorter than this ("is", "and") names no topic of its own. */
  static final int MIN_NAMING_LETTERS = 4;

  /** A question of at most this many words ("Why?", "How so?") is read as a follow-up. */
  static final int SHORT_WORDS = 3;

  private final Set<String> refers;
  private final List<String> opens;
  private final Map<String, List<String>> phrases;
  private final Set<String> shaping;

  private FollowUpCue(
      Set<String> refers,
      List<String> opens,
      Map<String, List<String>> phrases,
      Set<String> shaping) {
    this.refers = refers;
    this.opens = opens;
    this.phrases = phrases;
    this.shaping = shaping;
  }

  static FollowUpCue load() {
    Set<String> refers = new HashSet<>();
    List<String> opens = new ArrayList<>();
    Map<String, List<String>> phrases = new HashMap<>();
    for (String entry : ResourceLines.of(WORDS)) {
      int colon = entry.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String kind = entry.substring(0, colon);
      String words = entry.substring(colon + 1).strip();
      switch (kind) {
        case "refers" -> refers.add(words);
        case "opens" -> opens.add(words);
        default ->
            phrases
                .computeIfAbsent(kind, k -> new ArrayList<>())
                .add(String.join(" ", said(words)));
      }
    }
    phrases.replaceAll((kind, list) -> List.copyOf(list));
    Set<String> shaping = new HashSet<>(refers);
    opens.forEach(o -> shaping.addAll(said(o)));
    phrases.values().forEach(list -> list.forEach(p -> shaping.addAll(said(p))));
    shaping.addAll(FunctionWords.listed());
    return new FollowUpCue(
        Set.copyOf(refers), List.copyOf(opens), Map.copyOf(phrases), Set.copyOf(shaping));
  }

  /** Whether {@code question} refers back to, or continues, what was asked before it. */
  boolean leans(String question) {
    List<String> said = said(question);
    if (said.size() <= SHORT_WORDS || said.stream().anyMatch(refers::contains)) {
      return true;
    }
    String opening = String.join(" ", said);
    return opens.stream().anyMatch(o -> opening.equals(o) || opening.startsWith(o + " "));
  }

  /**
   * Whether {@code question} asks what came after the moment cited before ("What happened next?").
   */
  boolean asksWhatCameNext(String question) {
    return holds("later", question);
  }

  /**
   * The words of {@code question} that may name a topic of its own: none that refers back,
   * continues or shapes a question ("And where are they hosted?": "hosted").
   */
  Set<String> naming(String question) {
    Set<String> naming = new LinkedHashSet<>(said(question));
    naming.removeIf(w -> w.length() < MIN_NAMING_LETTERS || shaping.contains(w));
    return naming;
  }

  /** Whether {@code question} asks for the reason of what was cited before ("Why?"). */
  boolean asksWhy(String question) {
    return holds("why", question);
  }

  /** Whether {@code sentence} gives a reason ("because ...", "the reason is ..."). */
  boolean givesReason(String sentence) {
    return holds("reason", sentence);
  }

  /** {@code question} with the words that make a quote giving a reason score higher. */
  String withReasonWords(String question) {
    return question + " " + String.join(" ", phrases.getOrDefault("reason-query", List.of()));
  }

  private boolean holds(String kind, String text) {
    String spaced = " " + String.join(" ", said(text)) + " ";
    return phrases.getOrDefault(kind, List.of()).stream()
        .anyMatch(phrase -> spaced.contains(" " + phrase + " "));
  }

  /** {@code text}'s words, lower case, a possessive "'s" taken off. */
  private static List<String> said(String text) {
    List<String> said = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!word.isEmpty()) {
        said.add(word.replaceAll("'s$", ""));
      }
    }
    return said;
  }
}
