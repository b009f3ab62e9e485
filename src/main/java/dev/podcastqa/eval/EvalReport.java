package dev.podcastqa.eval;

import dev.podcastqa.answer.llm.SupportTally;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The figures of one evaluation run, computed from every question's result.
 *
 * @param citationSupport how the model's citations fared against their passages during the run
 *     ({@link SupportTally#NONE} for extractive answers, whose citations are the passages)
 */
public record EvalReport(
    String set, String mode, List<EvalResult> results, SupportTally citationSupport) {

  public EvalReport {
    results = List.copyOf(results);
    Objects.requireNonNull(citationSupport, "citationSupport");
  }

  /** Answers the model was asked for but that came back extractive, with a notice saying why. */
  public long modelFallbacks() {
    return results.stream()
        .filter(r -> !r.answer().mode().equals(mode) && r.answer().notice() != null)
        .count();
  }

  public int answerableCount() {
    return (int) answerable().count();
  }

  public int unanswerableCount() {
    return results.size() - answerableCount();
  }

  public double recallAt1() {
    return share(answerable().toList(), EvalResult::episodeAtRank1);
  }

  public double recallAt3() {
    return share(answerable().toList(), EvalResult::episodeInTop3);
  }

  public double timestampAccuracy() {
    return share(answerable().toList(), EvalResult::timestampRight);
  }

  /**
   * Share of the top-3 citations of answered answerable questions that come from an expected
   * episode: how much of what an answer cites is on target.
   */
  public double citationPrecision() {
    long cited = 0;
    long onTarget = 0;
    for (EvalResult r : answerable().toList()) {
      for (var c : r.answer().citations().subList(0, Math.min(3, r.answer().citations().size()))) {
        cited++;
        if (r.question().episodes().contains(c.episodeId())) {
          onTarget++;
        }
      }
    }
    return cited == 0 ? 0 : (double) onTarget / cited;
  }

  public double refusalAccuracy() {
    return share(
        results.stream().filter(r -> !r.question().answerable()).toList(),
        EvalResult::refusedCorrectly);
  }

  /** Share of answerable questions wrongly refused. */
  public double falseRefusals() {
    return share(answerable().toList(), r -> !r.answer().answered());
  }

  /** Latency percentile in milliseconds, {@code p} between 0 and 100. */
  public double latencyPercentile(double p) {
    double[] sorted = results.stream().mapToDouble(EvalResult::millis).sorted().toArray();
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  public double latencyMean() {
    return Arrays.stream(results.stream().mapToDouble(EvalResult::millis).toArray())
        .average()
        .orElse(0);
  }

  private java.util.stream.Stream<EvalResult> answerable() {
    return results.stream().filter(r -> r.question().answerable());
  }

  private static double share(List<EvalResult> subset, Predicate<EvalResult> test) {
    return subset.isEmpty() ? 0 : (double) subset.stream().filter(test).count() / subset.size();
  }
}
