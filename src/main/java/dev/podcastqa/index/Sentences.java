package dev.podcastqa.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits prose into sentences, the unit passages are cut from and answers quote. */
public final class Sentences {

  /** Compiled once: a live update splits the sentences of every passage it chunks. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Sentences() {}

  public static List<String> split(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    String normalized = SPACES.matcher(text).replaceAll(" ").strip();
    iterator.setText(normalized);
    List<String> sentences = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      pending.append(normalized, start, end);
      String candidate = pending.toString().strip();
      // "e.g." and "Dr." end no sentence: keep reading when the break follows an abbreviation.
      if (!endsWithAbbreviation(candidate)) {
        addIfText(sentences, candidate);
        pending.setLength(0);
      }
    }
    addIfText(sentences, pending.toString().strip());
    return sentences;
  }

  private static boolean endsWithAbbreviation(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.endsWith(" e.g.")
        || lower.endsWith(" i.e.")
        || lower.endsWith(" vs.")
        || lower.endsWith(" dr.")
        || lower.endsWith(" mr.")
        || lower.endsWith(" ms.");
  }

  private static void addIfText(List<String> sentences, String sentence) {
    if (sentence.chars().anyMatch(Character::isLetterOrDigit)) {
      sentences.add(sentence);
    }
  }
}
