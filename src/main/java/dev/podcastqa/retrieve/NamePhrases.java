package dev.podcastqa.retrieve;

import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of two or more words a question writes ("Cambridge Analytica", "Sam Harris",
 * "Department of Defense") and whether the corpus says each as such. Each word of "Cambridge
 * Analytica" may be in some chunk ("analytics" even counts as a spelling of the second), so no
 * single-word signal sees that the name itself is never said.
 */
public final class NamePhrases {

  /** Chunks of the BM25 search for a phrase read for it: they hold its words the most. */
  static final int SEARCHED = 10;

  /**
   * Capitalized words in a row, "of" or "the" allowed between two of them, not counting the
   * question's first word (every question capitalizes it); a possessive "'s" is not part of it.
   */
  private static final Pattern NAME =
      Pattern.compile(
          "(?<=\\s)\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+(?:(?:of|the)\\s+)?\\p{Lu}[\\p{L}\\p{N}.&-]*)+");

  /** Lower-case words that join the capitalized words of a name ("Department of Defense"). */
  private static final Pattern JOINERS = Pattern.compile("of|the");

  private final ChunkStore store;
  private final Function<String, String> episodeWords;
  private final Predicate<String> specific;

  /**
   * @param episodeWords an episode's title and podcast name by its id ("" when unknown): a name
   *     said only there ("Neel Nanda on Mechanistic Interpretability") is said
   * @param specific whether a word (lower case) names something specific rather than being an
   *     everyday word ({@link WordRarity#isSpecific}): a name shorn of its common nouns ("Pepe" of
   *     "Pepe the Frog") is said only when what is left is specific ("West" of "West Bank" is not)
   */
  NamePhrases(ChunkStore store, Function<String, String> episodeWords, Predicate<String> specific) {
    this.store = store;
    this.episodeWords = episodeWords;
    this.specific = specific;
  }

  /** The names of two or more words {@code question} writes, each as its words, in order. */
  public static List<List<String>> of(String question) {
    List<List<String>> names = new ArrayList<>();
    Matcher m = NAME.matcher(question);
    while (m.find()) {
      List<String> words = new ArrayList<>();
      for (String word : m.group().split("\\s+")) {
        String bare = word.replaceAll("(?:'s|’s|[.,;:])+$", "");
        if (!bare.isEmpty()) {
          words.add(bare);
        }
      }
      if (words.size() >= 2) {
        names.add(words);
      }
    }
    return names;
  }

  /**
   * The texts of the chunks that a BM25 search finds for each name of two or more words in {@code
   * question} one of whose words is {@code absent} (lower case, as written, in no chunk): where the
   * rest of the name is said, the misheard word is said beside it ("Sarah Cain egg" for "Sarah
   * Koenig", "Alexander wallen" for "Alexander Walan"), in a passage that need not be among the
   * best for the whole question. One search per such name; none for most questions.
   */
  static List<String> chunksNaming(ChunkStore store, String question, List<String> absent) {
    List<String> texts = new ArrayList<>();
    for (List<String> name : of(question)) {
      if (name.stream().map(w -> w.toLowerCase(Locale.ROOT)).anyMatch(absent::contains)) {
        for (ScoredChunk hit : store.lexical(String.join(" ", name), SEARCHED, SearchFilter.NONE)) {
          texts.add(hit.chunk().context() + "\n" + hit.chunk().text());
        }
      }
    }
    return texts;
  }

  /** Whether {@code text} says the name {@code words}: its words in a row, whatever the case. */
  public static boolean says(String text, List<String> words) {
    return saying(words).matcher(text).find();
  }

  /**
   * {@link #says} for one name over many texts: the name's pattern is compiled once, not once a
   * text.
   */
  public static Predicate<String> sayer(List<String> words) {
    return saying(words).asPredicate();
  }

  /**
   * The name {@code words} as a pattern: its words in a row, whatever the case, each in the
   * singular, the plural or the possessive ("Wisconsin Democrats" is said by "Wisconsin's
   * democrat").
   */
  private static Pattern saying(List<String> words) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.size(); i++) {
      regex
          .append(i == 0 ? "" : "[\\s\\p{Punct}]+")
          .append(Pattern.quote(singular(words.get(i))))
          .append("(?:e?s|['’]s)?");
    }
    regex.append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** {@code word} without a plural "s" ("Democrats"), but "Paris", "Davis", "Congress" whole. */
  private static String singular(String word) {
    int n = word.length();
    boolean plural =
        n >= 4
            && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
            && "sSuUiI".indexOf(word.charAt(n - 2)) < 0;
    return plural ? word.substring(0, n - 1) : word;
  }

  /**
   * 1 when some name of two or more words in {@code question} is said in no chunk, nor in the title
   * or podcast name of the episode of a chunk found for it, else 0. One BM25 search per name. A
   * capitalized word of the name that the found chunks write only in lower case is a common noun
   * ("Frog"): the name without it is enough when it is said and specific.
   */
  double missing(String question) {
    for (List<String> name : of(question)) {
      List<ScoredChunk> hits = store.lexical(String.join(" ", name), SEARCHED, SearchFilter.NONE);
      List<String> texts =
          hits.stream().map(h -> h.chunk().context() + "\n" + h.chunk().text()).toList();
      if (said(name, texts, hits)) {
        continue;
      }
      // "Pepe the Frog" where the speakers say "Pepe" and "the frog guys": the name is "Pepe".
      List<String> proper = withoutCommonNouns(name, texts);
      boolean specific =
          proper.stream().anyMatch(w -> this.specific.test(w.toLowerCase(Locale.ROOT)));
      if (proper.size() == name.size() || !specific || !said(proper, texts, hits)) {
        return 1;
      }
    }
    return 0;
  }

  /** Whether {@code texts} (of {@code hits}) or the title or podcast of a hit's episode say it. */
  private boolean said(List<String> name, List<String> texts, List<ScoredChunk> hits) {
    Pattern saying = saying(name);
    return texts.stream().anyMatch(t -> saying.matcher(t).find())
        || hits.stream()
            .anyMatch(h -> saying.matcher(episodeWords.apply(h.chunk().episodeId())).find());
  }

  /**
   * {@code name} without the words {@code texts} write only as common nouns: in lower case, and
   * never capitalized but to open a sentence ("Pepe the Frog" is "Pepe" where the speakers say "the
   * frog guys"), and without the "of" or "the" that joined them at its ends. The name itself when
   * no word is written so, and empty when every one is: words the episodes only use as words are no
   * name they say.
   */
  static List<String> withoutCommonNouns(List<String> name, List<String> texts) {
    List<String> proper = new ArrayList<>();
    for (String word : name) {
      if (Character.isUpperCase(word.charAt(0)) && !writtenAsName(word, texts)) {
        continue;
      }
      proper.add(word);
    }
    if (proper.size() == name.size()) {
      return name;
    }
    while (!proper.isEmpty() && JOINERS.matcher(proper.get(0)).matches()) {
      proper.remove(0);
    }
    while (!proper.isEmpty() && JOINERS.matcher(proper.get(proper.size() - 1)).matches()) {
      proper.remove(proper.size() - 1);
    }
    return proper;
  }

  /**
   * Whether {@code texts} write {@code word} capitalized other than to open a sentence, or never in
   * lower case: a word they do not hold at all is no common noun of theirs.
   */
  private static boolean writtenAsName(String word, List<String> texts) {
    Pattern written =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
                + Pattern.quote(singular(word))
                + "(?:e?s|['’]s)?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    boolean lower = false;
    for (String text : texts) {
      Matcher m = written.matcher(text);
      while (m.find()) {
        if (Character.isLowerCase(m.group().charAt(0))) {
          lower = true;
        } else if (!opensSentence(text, m.start())) {
          return true;
        }
      }
    }
    return !lower;
  }

  /** Whether the word at {@code at} of {@code text} opens it, a line or a sentence. */
  private static boolean opensSentence(String text, int at) {
    String before = text.substring(0, at).stripTrailing();
    return before.isEmpty() || ".!?:\"\n".indexOf(before.charAt(before.length() - 1)) >= 0;
  }
}
