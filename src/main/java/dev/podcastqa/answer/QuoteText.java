package dev.podcastqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.ArrayList;
import java.util.List;
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
  static final int REFERENT_REACH = 3;

  /** How many sentences after a question its answer is looked for (a host may ask twice). */
  private static final int ANSWER_REACH = 2;

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

  /**
   * A transcript's turn head read as text ("Casey Rodarmor – 00:44:21:", "Stephan 01:06:24:"): a
   * name and a clock, which say who speaks when, not anything said.
   */
  private static final Pattern SPEAKER_CLOCK =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}\\p{M}.'’-]*(\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s*[,:–—-]?\\s*)?"
              + "[\\[(]?\\d{1,2}:\\d{2}(:\\d{2})?([.,]\\d+)?[\\])]?:?");

  /**
   * Passages whose sentences are kept: an answer splits each passage it weighs several times (as a
   * candidate, for its best sentence, within its episode), and questions about one episode weigh
   * the same passages again.
   */
  static final int SPLIT_KEPT = 4096;

  private final QueryTerms terms;
  private final QuoteWindow window;
  // Run on the caller's thread: nothing waits on the common pool.
  private final Cache<Split, List<String>> split =
      Caffeine.newBuilder().maximumSize(SPLIT_KEPT).executor(Runnable::run).build();

  QuoteText(QueryTerms terms) {
    this.terms = terms;
    this.window = new QuoteWindow(terms);
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
      sentences.addAll(lineSentences(chunk.kind(), line));
    }
    return sentences;
  }

  /** The sentences of one line of a chunk of {@code kind}: of one turn, in a transcript. */
  static List<String> lineSentences(ChunkKind kind, String line) {
    int colon = line.indexOf(": ");
    String said =
        kind == ChunkKind.TRANSCRIPT && colon > 0 && colon < 40 ? line.substring(colon + 2) : line;
    List<String> sentences = new ArrayList<>();
    for (String sentence : Sentences.split(spaced(said))) {
      if (!SPEAKER_CLOCK.matcher(sentence).matches()) {
        sentences.add(sentence);
      }
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
   * share (0 when no sentence holds a question word); a run longer than a quote is judged by the
   * words quoted of it ({@link #quoted}). Of sentences that hold as much, the first.
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
      Set<String> held = terms.of(quoted(sentences.get(i), question));
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

  /**
   * The words of {@code sentence} a quote keeps: all of them, or of a run longer than {@link
   * #MAX_WORDS} (captions without punctuation, where a whole window reads as one sentence) the
   * words {@link QuoteWindow} cuts around the answer. A sentence is judged by what is quoted of it:
   * question words spread over a minute of unpunctuated speech do not say the answer together.
   */
  private String quoted(String sentence, Set<String> question) {
    return words(sentence) > MAX_WORDS ? window.cut(sentence, question) : sentence;
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

  /**
   * Sentence {@code i} with what it needs to stand alone, cut to {@link #MAX_WORDS}. A question is
   * what was asked, not the answer: when a sentence that does not lean follows it within {@link
   * #ANSWER_REACH} sentences, that answer is quoted instead ("So what's the inscriptions thing?"
   * gives way to "So then inscriptions are another convention where you can stick content").
   */
  String completed(List<String> sentences, int i, Set<String> question) {
    int answer = answerTo(sentences, i);
    if (answer > i) {
      return completed(sentences, answer, question);
    }
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
    return window.cut(text, question);
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

  /**
   * The sentence answering question {@code i}: the first after it that is no question, within
   * {@link #ANSWER_REACH}, unless it leans (a "He also ..." after a question speaks of something
   * else); {@code i} itself when {@code i} is no question or nothing after it answers.
   */
  private static int answerTo(List<String> sentences, int i) {
    if (!isQuestion(sentences.get(i))) {
      return i;
    }
    for (int j = i + 1; j < sentences.size() && j <= i + ANSWER_REACH; j++) {
      if (!isQuestion(sentences.get(j))) {
        return leans(sentences.get(j)) ? i : j;
      }
    }
    return i;
  }

  private static boolean isQuestion(String sentence) {
    return sentence.strip().endsWith("?");
  }

  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }
}
