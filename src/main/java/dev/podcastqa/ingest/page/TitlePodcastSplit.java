package dev.podcastqa.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that joins an episode title and its podcast name, split where the podcast name begins.
 *
 * <p>Only a name with its acronym is recognized: the trailing words whose initials spell the
 * parenthesized acronym ({@code Machine Learning Street Talk (MLST)}) are the podcast. Without such
 * a clue there is no reliable boundary, and the line stays whole as the title.
 */
record TitlePodcastSplit(String title, String podcast) {

  private static final Pattern TRAILING_ACRONYM =
      Pattern.compile("(.*\\S)\\s+\\(([\\p{Lu}\\p{N}]{2,10})\\)");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "&", "in");

  static Optional<TitlePodcastSplit> of(String line) {
    Matcher m = TRAILING_ACRONYM.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String before = m.group(1);
    String acronym = m.group(2);
    List<Integer> starts = new ArrayList<>();
    Matcher word = WORD.matcher(before);
    while (word.find()) {
      starts.add(word.start());
    }
    int nameStart = -1;
    for (int first = starts.size() - 1; first >= 1; first--) {
      String name = before.substring(starts.get(first));
      if (Character.isLetterOrDigit(name.codePointAt(0)) && spells(name, acronym)) {
        nameStart = starts.get(first);
      }
    }
    if (nameStart < 0) {
      return Optional.empty();
    }
    String title = before.substring(0, nameStart).strip().replaceAll("\\s*[-–—|:]$", "");
    String podcast = before.substring(nameStart) + " (" + acronym + ")";
    return Optional.of(new TitlePodcastSplit(title, podcast));
  }

  /**
   * Whether the initials of {@code name}, with or without its minor words, spell {@code acronym}.
   */
  private static boolean spells(String name, String acronym) {
    StringBuilder all = new StringBuilder();
    StringBuilder major = new StringBuilder();
    for (String w : name.split("\\s+")) {
      int initial = w.codePointAt(0);
      if (!Character.isLetterOrDigit(initial)) {
        continue;
      }
      String letter = new String(Character.toChars(initial)).toUpperCase(Locale.ROOT);
      all.append(letter);
      if (!MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        major.append(letter);
      }
    }
    String target = acronym.toUpperCase(Locale.ROOT);
    return all.toString().equals(target) || major.toString().equals(target);
  }
}
