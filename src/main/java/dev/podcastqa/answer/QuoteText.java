package dev.podcastqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The words an extractive answer quotes from a passage: its sentences without speaker labels, the
 * one that covers the question best, completed so it stands on its own (a sentence that leans on
 * the one before gets it; a fragment gets the next), and cut to a readable length.
 */
final class QuoteText {

  /**
   * Words a quote may have; a longer run (captions without punctuation) is cut around the answer.
   */
  static final int MAX_WORDS = 45;

  /** How many sentences back a leaning sentence's referent is looked for. */
  private static final int REFERENT_REACH = 3;

  /** A sentence this short is a fragment: the next sentence is quoted with it. */
  static final int SHORT_WORDS = 9;

  /**
   * A sentence opening like this leans on a referent outside itself ("He also argues ...", "This
   * means ..."): quoted alone, beside another passage, it would point at the wrong person or thing.
   */
  private static final Pattern LEANING =
      Pattern.compile(
          "(?i)^[\"'“]?(he|she|they|his|her|their|them|it|its|this|that|these|those|also|both"
              + "|another|the latter|the former)\\b.*|(?i)^\\S+(\\s+\\S+)?\\s+also\\b.*");

  private static final Pattern RUN_ON =
      Pattern.compile("(?<=[a-z][.!?])(?=[A-Z])|(?<=[a-z],)(?=[A-Za-z])");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** "Who is Moon Duchin?": asks who a named person is, as "what is" asks what a thing is. */
  private static final Pattern ASKS_WHO_SOMEONE_IS =
      Pattern.compile("(?i:who(?:'s|’s| is| was))(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,4}\\s*\\??");

  private static final Pattern EXPLAINING =
      Pattern.compile("(?i)\\b(is|are|was|means|refers to|describes|is called)\\b");

  /**
   * Passages whose sentences are kept: an answer splits each passage it weighs several times (as a
   * candidate, for its best sentence, within its episode), and questions about one episode weigh
   * the same passages again.
   */
  static final int SPLIT_KEPT = 4096;

  private final QueryTerms terms;
  // Run on the caller's thread: nothing waits on the common pool.
  private final Cache<Split, List<String>> split =
      Caffeine.newBuilder().maximumSize(SPLIT_KEPT).executor(Runnable::run).build();

  QuoteText(QueryTerms terms) {
    this.terms = terms;
  }

  /**
   * The sentences of {@code chunk} as {@link #sentences(Chunk)} splits them, kept; unmodifiable.
   */
  List<String> sentencesOf(Chunk chunk) {
    return split.get(new Split(chunk.kind(), chunk.text()), s -> List.copyOf(sentences(chunk)));
  }

  /** What a chunk's sentences depend on. */
  private record Split(ChunkKind kind, String text) {}

  /** Whether {@code sentence} leans on a referent in a sentence before it. */
  static boolean leans(String sentence) {
    return LEANING.matcher(sentence.strip()).matches();
  }

  /**
   * {@code line} with a space after sentence punctuation that captions run into the next word
   * ("story.She was", "And,uh,she"), so sentences split and quotes read.
   */
  static String spaced(String line) {
    return RUN_ON.matcher(line).replaceAll(" ");
  }

  /** The sentences of a chunk worth quoting, without speaker labels; titles are quoted whole. */
  static List<String> sentences(Chunk chunk) {
    if (chunk.kind() == ChunkKind.CHAPTER || chunk.kind() == ChunkKind.REFERENCE) {
      return List.of(chunk.text());
    }
    List<String> sentences = new ArrayList<>();
    for (String line : chunk.text().split("\n")) {
      int colon = line.indexOf(": ");
      if (chunk.kind() == ChunkKind.TRANSCRIPT && colon > 0 && colon < 40) {
        line = line.substring(colon + 2);
      }
      sentences.addAll(Sentences.split(spaced(line)));
    }
    return sentences;
  }

  /**
   * The quote from {@code chunk} that answers {@code question} best: its best-covering sentence,
   * with the sentence before when it leans on it and the one after when it is a fragment.
   */
  String best(Chunk chunk, Set<String> question) {
    List<String> sentences = sentencesOf(chunk);
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < sentences.size(); i++) {
      double score = QueryTerms.looseCoverage(question, terms.of(sentences.get(i)));
      if (leans(sentences.get(i)) && i == 0) {
        score *= 0.8;
      }
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = i;
      }
    }
    return completed(sentences, best, question);
  }

  /**
   * Like {@link #best}, but each question term weighs its {@code rarity} (1 when not given): the
   * completed quote of the sentence holding the largest weighted share of the question, and that
   * share (0 when no sentence holds a question word). Of sentences that hold as much, the first.
   */
  Best bestWeighted(Chunk chunk, Set<String> question, Map<String, Double> rarity) {
    return bestWeighted(chunk, question, rarity, sentence -> 1);
  }

  /**
   * Like {@link #bestWeighted(Chunk, Set, Map)}, with each sentence's share multiplied by its
   * {@code weight} (asked only of sentences holding a word of the question), up to the whole
   * question.
   */
  Best bestWeighted(
      Chunk chunk,
      Set<String> question,
      Map<String, Double> rarity,
      ToDoubleFunction<String> weight) {
    List<String> sentences = sentencesOf(chunk);
    double total = 0;
    for (String term : question) {
      total += rarity.getOrDefault(term, 1.0);
    }
    int best = 0;
    double bestShare = 0;
    for (int i = 0; i < sentences.size() && total > 0; i++) {
      Set<String> held = terms.of(sentences.get(i));
      double share = 0;
      for (String term : question) {
        if (QueryTerms.looseCoverage(Set.of(term), held) > 0) {
          share += rarity.getOrDefault(term, 1.0) / total;
        }
      }
      if (share > 0) {
        share = Math.min(1, share * weight.applyAsDouble(sentences.get(i)));
      }
      if (share > bestShare + 1e-9) {
        bestShare = share;
        best = i;
      }
    }
    return sentences.isEmpty()
        ? new Best(chunk.text(), 0)
        : new Best(completed(sentences, best, question), bestShare);
  }

  /** A quote and the share of the question it holds. */
  record Best(String text, double covered) {}

  /** The analyzed terms of {@code text}. */
  Set<String> termsOf(String text) {
    return terms.of(text);
  }

  /**
   * {@code text} without the words whose analyzed terms are all among {@code dropped} ("What editor
   * does Dr. Becky use?" without {dr, becky}: "What editor does use?").
   */
  String without(String text, Set<String> dropped) {
    StringBuilder kept = new StringBuilder();
    for (String word : WHITESPACE.split(text.strip())) {
      Set<String> analyzed = terms.of(word);
      if (analyzed.isEmpty() || !dropped.containsAll(analyzed)) {
        kept.append(kept.isEmpty() ? "" : " ").append(word);
      }
    }
    return kept.toString();
  }

  /** Sentence {@code i} with what it needs to stand alone, cut to {@link #MAX_WORDS}. */
  String completed(List<String> sentences, int i, Set<String> question) {
    String text = sentences.get(i);
    if (leans(text) && i > 0) {
      int from = referent(sentences, i);
      if (from >= 0) {
        text = sentences.get(from) + (from == i - 1 ? " " : " … ") + text;
      }
    } else if (words(text) < SHORT_WORDS
        && i + 1 < sentences.size()
        && !(isQuestion(text) && leans(sentences.get(i + 1)))) {
      text = text + " " + sentences.get(i + 1);
    }
    return cut(text, question);
  }

  /**
   * The sentence before {@code i} that a leaning sentence {@code i} is quoted with: the one just
   * before, unless that is a question or leans too ("Do they deceive? He also discusses ..."), in
   * which case the nearest of the two before it that does neither; -1 when there is none, and the
   * sentence is quoted alone, still leaning, which weighs it down as a quote.
   */
  private static int referent(List<String> sentences, int i) {
    for (int j = i - 1; j >= Math.max(0, i - REFERENT_REACH); j--) {
      String before = sentences.get(j);
      if (!leans(before) && !isQuestion(before)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isQuestion(String sentence) {
    return sentence.strip().endsWith("?");
  }

  /** The text whole when short enough, else the {@link #MAX_WORDS} words that cover most. */
  String cut(String text, Set<String> question) {
    String[] words = text.split("\\s+");
    if (words.length <= MAX_WORDS) {
      return text;
    }
    int bestStart = 0;
    double bestScore = -1;
    for (int start = 0; start + MAX_WORDS <= words.length; start += 5) {
      String window = String.join(" ", Arrays.copyOfRange(words, start, start + MAX_WORDS));
      double score = QueryTerms.looseCoverage(question, terms.of(window));
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestStart = start;
      }
    }
    int end = Math.min(words.length, bestStart + MAX_WORDS);
    String window = String.join(" ", Arrays.copyOfRange(words, bestStart, end));
    return (bestStart > 0 ? "…" : "") + window + (end < words.length ? "…" : "");
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  /** Whether {@code sentence} explains something: "X is ...", "X means ...", "X refers to ...". */
  static boolean explains(String sentence) {
    return EXPLAINING.matcher(sentence).find();
  }

  /** Whether the question asks what something is, so a sentence explaining it is wanted. */
  static boolean asksWhatItIs(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    return q.startsWith("what is ")
        || q.startsWith("what are ")
        || q.startsWith("what's ")
        || q.startsWith("what was ")
        || q.startsWith("define ")
        || q.startsWith("explain ")
        || (q.startsWith("what does ") && q.contains(" mean"))
        || ASKS_WHO_SOMEONE_IS.matcher(question.strip()).matches();
  }
}
