package dev.podcastqa.web;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an episode writes its words mid-sentence, so a Title Cased chapter title can be asked about
 * in ordinary case: a word the episode writes in lower case more often than capitalized is a common
 * word ("generalization"); one it capitalizes is a name ("Nanda"). Small words are always lower.
 */
final class Vocabulary {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern URL = Pattern.compile("\\S+://\\S+|www\\.\\S+|\\S+@\\S+");
  private static final String SENTENCE_END = ".!?:\"“”(>-–—";
  private static final Set<String> SMALL =
      Set.of(
          "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
          "the", "to", "with", "vs", "versus", "about", "over", "via", "is", "are", "it", "its");

  /** Transcript segments read per episode: enough to learn its words, bounded for long ones. */
  private static final int SEGMENTS = 4000;

  private final Map<String, int[]> counts;

  private Vocabulary(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /** A vocabulary with no evidence: only small words are lowered. */
  static Vocabulary empty() {
    return new Vocabulary(Map.of());
  }

  /** The words of {@code text} (several texts may be joined by newlines). */
  static Vocabulary of(String text) {
    Map<String, int[]> counts = new HashMap<>();
    for (String line : text.split("\n")) {
      count(URL.matcher(line).replaceAll(" "), counts);
    }
    return new Vocabulary(counts);
  }

  /** The words of an episode's description, chapter notes and transcript. */
  static Vocabulary of(Episode episode, List<Segment> transcript) {
    StringBuilder text = new StringBuilder(episode.description()).append('\n');
    for (Chapter chapter : episode.chapters()) {
      if (chapter.notes() != null) {
        text.append(chapter.notes()).append('\n');
      }
    }
    int read = 0;
    for (Segment segment : transcript) {
      if (read++ == SEGMENTS) {
        break;
      }
      text.append(segment.text()).append('\n');
    }
    return of(text.toString());
  }

  /** Counts, per lower-cased word, how often it is written lower and capitalized mid-sentence. */
  private static void count(String line, Map<String, int[]> counts) {
    Matcher word = WORD.matcher(line);
    while (word.find()) {
      String w = word.group();
      boolean sentenceStart = startsSentence(line, word.start());
      int[] seen = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
      if (Character.isLowerCase(w.charAt(0))) {
        seen[0]++;
      } else if (!sentenceStart) {
        seen[1]++;
      }
    }
  }

  private static boolean startsSentence(String line, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
      i--;
    }
    return i < 0 || SENTENCE_END.indexOf(line.charAt(i)) >= 0;
  }

  /**
   * {@code text} as it would be written inside a sentence: a Title Cased word is lowered when it is
   * small or the episode writes it lower more often than capitalized; acronyms and names are kept.
   * A word the episode never writes follows the title's other words: lowered when more of them are
   * common (or already lower) than names. With {@code keepFirst} the first word is left as it is
   * (it starts the question).
   */
  String inSentence(String text, boolean keepFirst) {
    int common = 0;
    int names = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      Boolean c = common(word.group());
      String w = word.group();
      if (c != null && !SMALL.contains(w.toLowerCase(Locale.ROOT)) && !isAcronym(w)) {
        common += c ? 1 : 0;
        names += c ? 0 : 1;
      }
    }
    boolean unknownIsCommon = common > names;
    StringBuilder out = new StringBuilder();
    word.reset();
    int last = 0;
    boolean first = true;
    while (word.find()) {
      String w = word.group();
      out.append(text, last, word.start());
      Boolean c = common(w);
      boolean lower = !(first && keepFirst) && (c == null ? titleCase(w) && unknownIsCommon : c);
      out.append(lower ? w.toLowerCase(Locale.ROOT) : w);
      last = word.end();
      first = false;
    }
    return out.append(text.substring(last)).toString();
  }

  /**
   * Whether a word is a common word written lower (true), a name or acronym kept as written
   * (false), or a Title Cased word the episode never writes (null).
   */
  private Boolean common(String word) {
    if (!titleCase(word)) {
      return Character.isLowerCase(word.charAt(0)); // lower already, or AI, OpenAI, I
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (SMALL.contains(lower)) {
      return true;
    }
    int[] seen = counts.get(lower);
    if ((seen == null || seen[0] + seen[1] == 0) && POSSESSIVE.matcher(lower).find()) {
      // "Nanda's" in a title, where the episode only ever writes "Nanda".
      seen = counts.get(POSSESSIVE.matcher(lower).replaceFirst(""));
    }
    return seen == null || seen[0] + seen[1] == 0 ? null : seen[0] > seen[1];
  }

  private static boolean isAcronym(String word) {
    return word.chars().filter(Character::isUpperCase).count() > 1;
  }

  private static boolean titleCase(String word) {
    return word.length() > 1
        && Character.isUpperCase(word.charAt(0))
        && word.substring(1).chars().noneMatch(Character::isUpperCase);
  }
}
