package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.llm.SupportTally;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The figures of one evaluation run, computed from every question's result. Figures about answers
 * (episode, moment, false refusals) count answerable questions; refusal figures count the questions
 * marked {@code "answerable": false}.
 *
 * @param citationSupport how the model's citations fared against their passages during the run
 *     ({@link SupportTally#NONE} for extractive answers, whose citations are the passages)
 */
public record EvalReport(
    String set, Answer.Mode mode, List<EvalResult> results, SupportTally citationSupport) {

  /** The {@code written} group of questions that carry none, in a set where others do. */
  public static final String NOT_MARKED = "(not marked)";

  public EvalReport {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(mode, "mode");
    results = List.copyOf(results);
    Objects.requireNonNull(citationSupport, "citationSupport");
  }

  /** Answers the model was asked for but that came back extractive, with a notice saying why. */
  public long modelFallbacks() {
    return results.stream()
        .filter(r -> r.answer().mode() != mode && r.answer().notice() != null)
        .count();
  }

  public int answerableCount() {
    return (int) answerable().count();
  }

  public int unanswerableCount() {
    return results.size() - answerableCount();
  }

  /** Answerable questions whose citation 1 is of an expected episode (recall@1). */
  public Figure episodeAtCitation1() {
    return keyFigures().episodeAtCitation1();
  }

  /** Answerable questions with an expected episode among the first citations (recall@3). */
  public Figure recallAtTop() {
    return count(answerable(), EvalResult::episodeInTop);
  }

  /** Answerable questions with an on-time citation among the first three. */
  public Figure momentWithinTolerance() {
    return keyFigures().momentWithinTolerance();
  }

  /** Answerable questions whose citation 1 is itself on time. */
  public Figure momentAtCitation1() {
    return keyFigures().momentAtCitation1();
  }

  /** Unanswerable questions (near misses and off-topic ones) that were refused. */
  public Figure nearMissRefused() {
    return keyFigures().nearMissRefused();
  }

  /** Answerable questions that were wrongly refused. */
  public Figure answerableRefused() {
    return keyFigures().answerableRefused();
  }

  /** The five figures of the whole run. */
  public KeyFigures keyFigures() {
    return KeyFigures.of(results);
  }

  /**
   * For each {@code written} value the set names, in first-seen order: the five figures of its
   * questions. Empty when no question is marked; when only some are, the others are counted under
   * {@link #NOT_MARKED}, so the parts always add up to the whole set.
   */
  public Map<String, KeyFigures> keyFiguresByWritten() {
    Map<String, List<EvalResult>> byWritten = new LinkedHashMap<>();
    for (EvalResult r : results) {
      String written = r.question().written();
      byWritten
          .computeIfAbsent(written == null ? NOT_MARKED : written, w -> new ArrayList<>())
          .add(r);
    }
    Map<String, KeyFigures> figures = new LinkedHashMap<>();
    if (byWritten.keySet().equals(Set.of(NOT_MARKED))) {
      return figures;
    }
    byWritten.forEach((written, part) -> figures.put(written, KeyFigures.of(part)));
    return figures;
  }

  /**
   * Of the first three citations of every answerable question, those from an expected episode: how
   * much of what an answer cites is on target.
   */
  public Figure citationPrecision() {
    int cited = 0;
    int onTarget = 0;
    for (EvalResult r : answerable().toList()) {
      var citations = r.answer().citations();
      for (var c : citations.subList(0, Math.min(EvalResult.TOP, citations.size()))) {
        cited++;
        if (r.question().episodes().contains(c.episodeId())) {
          onTarget++;
        }
      }
    }
    return new Figure(onTarget, cited);
  }

  /** For each {@code kind} the set names, in first-seen order: the questions that passed. */
  public Map<String, Figure> passedByKind() {
    Map<String, Figure> byKind = new LinkedHashMap<>();
    for (EvalResult r : results) {
      String kind = r.question().kind();
      if (kind != null) {
        Figure was = byKind.getOrDefault(kind, new Figure(0, 0));
        byKind.put(kind, new Figure(was.hits() + (r.passed() ? 1 : 0), was.of() + 1));
      }
    }
    return byKind;
  }

  /** Questions that missed some figure (see {@link EvalResult#passed()}), in set order. */
  public List<EvalResult> misses() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /**
   * Latency percentile in milliseconds by the nearest-rank method, {@code p} between 0 and 100; 0
   * for an empty run.
   */
  public double latencyPercentile(double p) {
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("percentile out of 0..100: " + p);
    }
    double[] sorted = results.stream().mapToDouble(EvalResult::millis).sorted().toArray();
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  public double latencyMean() {
    return results.stream().mapToDouble(EvalResult::millis).average().orElse(0);
  }

  private Stream<EvalResult> answerable() {
    return results.stream().filter(r -> r.question().answerable());
  }

  private static Figure count(Stream<EvalResult> subset, Predicate<EvalResult> test) {
    List<EvalResult> all = subset.toList();
    return new Figure((int) all.stream().filter(test).count(), all.size());
  }
}
