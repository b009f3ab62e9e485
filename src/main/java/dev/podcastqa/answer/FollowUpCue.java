package dev.podcastqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a question leans on the conversation before it: it refers back ("When did he say that?",
 * "What are its limits?") or continues it ("And transformers?", "Why?"). Only such a question is
 * searched together with the previous one when it finds nothing alone; a question that names its
 * own topic ("What is the capital of France?") stands alone, and is refused when the episodes do
 * not cover it, whatever the conversation was about. The words are in {@code
 * answer/follow-up-words.txt}.
 */
final class FollowUpCue {

  private static final String WORDS = "/answer/follow-up-words.txt";

  /** A question of at most this many words ("Why?", "How so?") is read as a follow-up. */
  static final int SHORT_WORDS = 3;

  private final Set<String> refers;
  private final List<String> opens;

  private FollowUpCue(Set<String> refers, List<String> opens) {
    this.refers = refers;
    this.opens = opens;
  }

  static FollowUpCue load() {
    try (InputStream in = FollowUpCue.class.getResourceAsStream(WORDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + WORDS);
      }
      Set<String> refers = new HashSet<>();
      List<String> opens = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (entry.startsWith("refers:")) {
          refers.add(entry.substring("refers:".length()).strip());
        } else if (entry.startsWith("opens:")) {
          opens.add(entry.substring("opens:".length()).strip());
        }
      }
      return new FollowUpCue(Set.copyOf(refers), List.copyOf(opens));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WORDS, e);
    }
  }

  /** Whether {@code question} refers back to, or continues, what was asked before it. */
  boolean leans(String question) {
    String[] words = question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
    List<String> said = new ArrayList<>();
    for (String word : words) {
      if (!word.isEmpty()) {
        said.add(word.replaceAll("'s$", ""));
      }
    }
    if (said.size() <= SHORT_WORDS || said.stream().anyMatch(refers::contains)) {
      return true;
    }
    String opening = String.join(" ", said);
    return opens.stream().anyMatch(o -> opening.equals(o) || opening.startsWith(o + " "));
  }
}
