package dev.podcastqa.bench;

import java.util.List;
import java.util.stream.IntStream;

/**
 * LangChain4j's {@code embedAll} beside the service's passage embedder on the same texts, round by
 * round (each round times both, one after the other).
 *
 * @param anchorRates LangChain4j's chunks per second, one per round
 * @param anchorCores the most cores LangChain4j kept busy in a round
 * @param serviceRates the service's chunks per second, one per round
 * @param minCosine the lowest cosine between a service vector and LangChain4j's for the same text
 * @param identical texts of the last round whose vectors were bit for bit LangChain4j's
 */
record EmbedFigures(
    int texts,
    List<Double> anchorRates,
    double anchorCores,
    List<Double> serviceRates,
    double minCosine,
    int identical) {

  EmbedFigures {
    anchorRates = List.copyOf(anchorRates);
    serviceRates = List.copyOf(serviceRates);
    if (anchorRates.size() != serviceRates.size() || anchorRates.isEmpty()) {
      throw new IllegalArgumentException("one rate of each per round, at least one round");
    }
  }

  /** The service's rate over LangChain4j's, per round. */
  List<Double> speedups() {
    return IntStream.range(0, anchorRates.size())
        .mapToObj(i -> Math.round(100 * serviceRates.get(i) / anchorRates.get(i)) / 100.0)
        .toList();
  }

  double medianAnchorRate() {
    return median(anchorRates);
  }

  double medianSpeedup() {
    return median(speedups());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
