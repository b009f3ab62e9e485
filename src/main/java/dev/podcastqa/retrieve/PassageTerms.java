package dev.podcastqa.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signals read from the analysed words of the best passages against a question's words weighted by
 * rarity: how much one passage holds, how much of the rarer words they hold between them, the
 * rarest word they lack, and whether no passage holds two of the words.
 */
final class PassageTerms {

  private PassageTerms() {}

  /**
   * The rarity-weighted share of the question's rarer half of words (at least one) that {@code
   * held} holds: the words of the passages rare words are looked for in ({@link
   * EvidenceFinder#RARE_PASSAGES}).
   */
  static double rareCoverage(Map<String, Double> weights, Set<String> held) {
    if (weights.isEmpty()) {
      return 0;
    }
    List<Map.Entry<String, Double>> byRarity = new ArrayList<>(weights.entrySet());
    byRarity.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    List<Map.Entry<String, Double>> rare = byRarity.subList(0, (byRarity.size() + 1) / 2);
    double total = 0;
    double covered = 0;
    for (Map.Entry<String, Double> term : rare) {
      total += term.getValue();
      if (held.contains(term.getKey())) {
        covered += term.getValue();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /**
   * The rarity of the rarest question word {@code held} (the words of the passages rare words are
   * looked for in) lacks, as a share of the rarity of a word no chunk has (0 when it holds every
   * word): the asked-for fact a near-miss question names and the passages about its topic never
   * say.
   */
  static double uncovered(Map<String, Double> weights, Set<String> held, double chunks) {
    double unseen = Math.log((chunks + 1) / 0.5);
    double rarest = 0;
    for (Map.Entry<String, Double> term : weights.entrySet()) {
      // A word no chunk has is the missing-word signal's; unseen filler ("did") is no fact.
      if (!held.contains(term.getKey()) && term.getValue() < unseen - 1e-9) {
        rarest = Math.max(rarest, term.getValue() / unseen);
      }
    }
    return rarest;
  }

  /**
   * 1 when {@code weights} holds two or more words and no one of the first {@link
   * EvidenceFinder#PASSAGES} passages holds two of them (a word sharing its first letters and stem
   * with one counting as it, as sentence by sentence): the passages found for the question each
   * share one word with it, which is what a question on a subject no episode discusses finds ("What
   * cheese is Wisconsin famous for?": "cheese" in one passage, "Wisconsin" in another, "famous" in
   * a third).
   */
  static double apart(Map<String, Double> weights, List<Set<String>> passages) {
    if (weights.size() < 2) {
      return 0;
    }
    for (Set<String> held : passages) {
      int together = 0;
      for (String term : weights.keySet()) {
        if (SentenceEvidence.holds(held, term) && ++together == 2) {
          return 0;
        }
      }
    }
    return 1;
  }

  static double support(Map<String, Double> weights, List<Set<String>> passages) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total == 0) {
      return 0;
    }
    double best = 0;
    for (Set<String> held : passages) {
      double covered = 0;
      for (Map.Entry<String, Double> weight : weights.entrySet()) {
        if (held.contains(weight.getKey())) {
          covered += weight.getValue();
        }
      }
      best = Math.max(best, covered / total);
    }
    return best;
  }
}
