package dev.podcastqa.retrieve;

import dev.podcastqa.index.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the best passages sentence by sentence: whether one sentence (or two in a row) holds the
 * question's words together, weighted by rarity, and whether those sentences hold the kind of thing
 * the question asks for (a number for "how much", a name for "who"). A near-miss question finds its
 * topic's words spread over a passage; the fact it asks for is in no one sentence.
 */
final class SentenceEvidence {

  /** Passages, best first, read sentence by sentence. */
  static final int PASSAGES = 5;

  /** Consecutive sentences read together: a fact and its subject are often a sentence apart. */
  static final int WINDOW = 2;

  /** The best-covering windows checked for the asked-for kind of answer (and embedded). */
  static final int BEST_WINDOWS = 3;

  /** A question word and a passage word this long that start alike are one word. */
  static final int SHARED_PREFIX = 5;

  /** Questions after a number or an amount (the usual question classes, not a tuned list). */
  private static final Pattern QUANTITY_QUESTION =
      Pattern.compile(
          "\\bhow (much|many|long|old|big|large|often|far)\\b"
              + "|\\b(cost|costs|price|prices|salary|salaries|fee|fees|percent|percentage)\\b");

  /** Questions after a person or a named thing. */
  private static final Pattern NAME_QUESTION =
      Pattern.compile("^(who|whom|whose|which)\\b|\\bwhat (is|was|were|are) the names?\\b");

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d|\\$|%|£|€|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
              + "|hundreds|thousand|thousands|million|millions|billion|billions|trillion"
              + "|dozen|dozens|half|percent|dollars|bucks|free)\\b",
          Pattern.CASE_INSENSITIVE);

  private final QueryTerms terms;

  SentenceEvidence(QueryTerms terms) {
    this.terms = terms;
  }

  /** What the sentences of {@code passages} hold of {@code question}'s weighted terms. */
  Reading read(
      String question,
      Map<String, String> stemOfWord,
      Map<String, Double> weights,
      List<Passage> passages,
      double unseen) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0 || passages.isEmpty()) {
      return new Reading(0, 0, 0, 0, 0, List.of(), List.of());
    }
    Map<String, Double> rare = rarerHalf(weights);
    double rareTotal = rare.values().stream().mapToDouble(Double::doubleValue).sum();
    double rareHeld = 0;
    List<Window> windows = new ArrayList<>();
    for (Passage passage : passages.subList(0, Math.min(PASSAGES, passages.size()))) {
      // "I forget what the title was" shares the question's words and gives no answer to it.
      List<String> sentences = Sentences.split(AdmittedIgnorance.without(passage.chunk().text()));
      for (int i = 0; i < sentences.size(); i++) {
        String text =
            String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + WINDOW)));
        Set<String> held = terms.of(text);
        windows.add(new Window(text, covered(weights, held) / total));
        rareHeld = Math.max(rareHeld, covered(rare, held) / rareTotal);
      }
    }
    windows.sort(Comparator.comparingDouble(Window::coverage).reversed());
    List<Window> best = windows.subList(0, Math.min(BEST_WINDOWS, windows.size()));
    double support = best.isEmpty() ? 0 : best.get(0).coverage();
    return new Reading(
        support,
        best.isEmpty() ? 0 : rarestLacking(weights, terms.of(best.get(0).text()), unseen),
        lacksAskedKind(question, best) ? 1 : 0,
        AskedSlot.empty(question, best.stream().map(Window::text).toList()),
        rareHeld,
        best.stream().map(Window::text).toList(),
        lacking(stemOfWord, weights, best));
  }

  /**
   * The rarer half of {@code weights}' terms (at least one, the rarest first): the words that name
   * what a question is about rather than how it is put.
   */
  static Map<String, Double> rarerHalf(Map<String, Double> weights) {
    List<Map.Entry<String, Double>> byRarity = new ArrayList<>(weights.entrySet());
    byRarity.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    Map<String, Double> rare = new java.util.LinkedHashMap<>();
    byRarity.subList(0, (byRarity.size() + 1) / 2).forEach(e -> rare.put(e.getKey(), e.getValue()));
    return rare;
  }

  /** The question's weighed words (as written) that none of {@code best} holds. */
  private List<String> lacking(
      Map<String, String> stemOfWord, Map<String, Double> weights, List<Window> best) {
    Set<String> held = new java.util.HashSet<>();
    best.forEach(w -> held.addAll(terms.of(w.text())));
    List<String> lacking = new ArrayList<>();
    stemOfWord.forEach(
        (word, stem) -> {
          if (weights.containsKey(stem) && !holds(held, stem)) {
            lacking.add(word);
          }
        });
    return lacking;
  }

  /**
   * Whether {@code question} asks for a number or a name and none of {@code best} holds one (a name
   * being a capitalized word that is not the question's own and does not open a sentence).
   */
  static boolean lacksAskedKind(String question, List<Window> best) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (QUANTITY_QUESTION.matcher(q).find()) {
      return best.stream().noneMatch(w -> NUMBER.matcher(w.text()).find());
    }
    if (NAME_QUESTION.matcher(q).find()) {
      return best.stream().noneMatch(w -> AskedSlot.hasNewName(w.text(), q));
    }
    return false;
  }

  /**
   * The weight of the rarest of {@code weights}' terms {@code held} lacks, over {@code unseen} (the
   * weight of a word no chunk has, which is left out: it is the missing-word signal's).
   */
  static double rarestLacking(Map<String, Double> weights, Set<String> held, double unseen) {
    double rarest = 0;
    for (Map.Entry<String, Double> term : weights.entrySet()) {
      if (term.getValue() < unseen - 1e-9 && !holds(held, term.getKey())) {
        rarest = Math.max(rarest, term.getValue() / unseen);
      }
    }
    return rarest;
  }

  /** The weight of {@code weights}' terms that {@code held} holds, a shared prefix counting. */
  static double covered(Map<String, Double> weights, Set<String> held) {
    double covered = 0;
    for (Map.Entry<String, Double> term : weights.entrySet()) {
      if (holds(held, term.getKey())) {
        covered += term.getValue();
      }
    }
    return covered;
  }

  /** Whether {@code held} has {@code term}, or a word sharing its first letters and its stem. */
  static boolean holds(Set<String> held, String term) {
    if (held.contains(term)) {
      return true;
    }
    if (term.length() < SHARED_PREFIX) {
      return false;
    }
    String prefix = term.substring(0, SHARED_PREFIX);
    for (String word : held) {
      if (word.startsWith(prefix) && (word.startsWith(term) || term.startsWith(word))) {
        return true;
      }
    }
    return false;
  }

  /** One or two consecutive sentences and the weighted share of the question they hold. */
  record Window(String text, double coverage) {}

  /**
   * @param support the best window's weighted share of the question's terms
   * @param uncovered the rarity of the rarest question word the best window lacks (0 to 1)
   * @param lacksAskedKind 1 when the question asks for a number or name the best windows lack
   * @param askedSlotEmpty 1 when the question asks for a kind of answer ({@link AskedSlot}) the
   *     best windows do not give
   * @param rareSentence the largest share, weighted by rarity, of the question's rarer half of
   *     words that one window holds
   * @param best the best windows' texts, best first
   * @param lacking the question's words (as written) that none of the best windows holds
   */
  record Reading(
      double support,
      double uncovered,
      double lacksAskedKind,
      double askedSlotEmpty,
      double rareSentence,
      List<String> best,
      List<String> lacking) {}
}
