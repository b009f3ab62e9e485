package dev.podcastqa.answer;

import dev.podcastqa.retrieve.QueryTerms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question's words weighed by how few of the retrieved passages hold them. Retrieval finds
 * passages on the question's topic, so the topic's words ("sparse autoencoders") are in nearly all
 * of them, while the word that asks for something in particular ("limitations") is in few: a quote
 * that only shares the topic says the episode is on it, not what is asked.
 *
 * @param weights each question term's weight, {@code log(1 + passages / passages holding it)}
 */
record AskedWords(Map<String, Double> weights) {

  AskedWords {
    weights = Map.copyOf(weights);
  }

  /** The weights of {@code question}'s terms over the distinct passages of {@code quotes}. */
  static AskedWords of(Set<String> question, List<Quote> quotes) {
    Map<String, Set<String>> holding = new HashMap<>();
    Set<String> passages = new HashSet<>();
    for (Quote quote : quotes) {
      String id = quote.passage().chunk().id();
      passages.add(id);
      for (String term : question) {
        if (QueryTerms.looseCoverage(Set.of(term), quote.terms()) > 0) {
          holding.computeIfAbsent(term, t -> new HashSet<>()).add(id);
        }
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (String term : question) {
      int held = holding.getOrDefault(term, Set.of()).size();
      weights.put(term, Math.log(1 + (double) passages.size() / Math.max(1, held)));
    }
    return new AskedWords(weights);
  }

  /** The weighted share of the question that {@code held} (a quote's terms) covers, 0 to 1. */
  double covered(Set<String> held) {
    double total = 0;
    double covered = 0;
    for (Map.Entry<String, Double> term : weights.entrySet()) {
      total += term.getValue();
      if (QueryTerms.looseCoverage(Set.of(term.getKey()), held) > 0) {
        covered += term.getValue();
      }
    }
    return total <= 0 ? 0 : covered / total;
  }
}
