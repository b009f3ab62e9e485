package dev.podcastqa.cli;

import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.llm.SupportTally;
import dev.podcastqa.eval.EvalQuestion;
import dev.podcastqa.eval.EvalReport;
import dev.podcastqa.eval.EvalResult;
import dev.podcastqa.eval.Figure;
import dev.podcastqa.eval.KeyFigures;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Prints {@code eval}'s figures for a terminal: one block per set, then what missed. */
final class EvalPrinter {

  private static final String FORMAT = "%-28s %s%n";

  private final PrintWriter out;

  EvalPrinter(PrintWriter out) {
    this.out = out;
  }

  void figures(EvalReport r) {
    out.printf(
        "set: %s (%d answerable, %d unanswerable), mode: %s%n",
        r.set(), r.answerableCount(), r.unanswerableCount(), r.mode().value());
    line("right episode at citation 1", r.episodeAtCitation1(), "");
    line("recall@" + EvalResult.TOP, r.recallAtTop(), "");
    line(
        "moment within tolerance",
        r.momentWithinTolerance(),
        "(" + tolerances(r) + ", among the first " + EvalResult.TOP + " citations)");
    line("moment at citation 1", r.momentAtCitation1(), "");
    line("near-miss refused", r.nearMissRefused(), "(questions marked unanswerable)");
    line("answerable refused", r.answerableRefused(), "(false refusals)");
    line(
        "citation precision",
        r.citationPrecision(),
        "(first " + EvalResult.TOP + " citations from an expected episode)");
    Map<String, Figure> byKind = r.passedByKind();
    if (!byKind.isEmpty()) {
      out.printf(
          FORMAT,
          "passed by kind",
          byKind.entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue().hits() + "/" + e.getValue().of())
              .collect(Collectors.joining(", ")));
    }
    byWritten(r);
    out.printf(
        Locale.ROOT,
        FORMAT,
        "latency ms",
        String.format(
            Locale.ROOT,
            "mean %.1f  p50 %.1f  p95 %.1f  max %.1f",
            r.latencyMean(),
            r.latencyPercentile(50),
            r.latencyPercentile(95),
            r.latencyPercentile(100)));
  }

  /**
   * For a set whose questions carry {@code written}, the five main figures of each value and of the
   * whole set, one row each, as {@code 51.2% 41/80}.
   */
  private void byWritten(EvalReport r) {
    Map<String, KeyFigures> byWritten = r.keyFiguresByWritten();
    if (byWritten.isEmpty()) {
      return;
    }
    TextTable table =
        new TextTable(
            "by written",
            "right episode @1",
            "moment in tolerance",
            "moment @1",
            "answerable refused",
            "near-miss refused");
    byWritten.forEach((written, figures) -> row(table, "  " + written, figures));
    row(table, "  whole set", r.keyFigures());
    table.print(out);
  }

  private static void row(TextTable table, String label, KeyFigures f) {
    table.row(
        label,
        cell(f.episodeAtCitation1()),
        cell(f.momentWithinTolerance()),
        cell(f.momentAtCitation1()),
        cell(f.answerableRefused()),
        cell(f.nearMissRefused()));
  }

  private static String cell(Figure figure) {
    Double percent = figure.percent();
    String share = percent == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", percent);
    return share + " " + figure.hits() + "/" + figure.of();
  }

  void modelFigures(EvalReport r) {
    SupportTally support = r.citationSupport();
    out.printf(
        Locale.ROOT,
        "citation support    %6.1f%%   (%d of %d model citations supported by their passage;"
            + " %d dropped, %d naming no passage removed)%n",
        100 * support.supportShare(),
        support.supported(),
        support.checked(),
        support.dropped(),
        support.invalid());
    out.printf(
        "model fallbacks     %d of %d answers (answered extractively, with a notice)%n",
        r.modelFallbacks(), r.results().size());
  }

  /** Every question ({@code all}) or only those that missed, with what was cited. */
  void results(EvalReport r, boolean all) {
    for (EvalResult result : r.results()) {
      if (all || !result.passed()) {
        result(result);
      }
    }
  }

  private void result(EvalResult result) {
    EvalQuestion q = result.question();
    String kind = q.kind() == null ? "" : "  [" + q.kind() + "]";
    out.printf(
        Locale.ROOT,
        "%s %7.1f ms  %s%s%n",
        result.passed() ? "OK  " : "MISS",
        result.millis(),
        q.question(),
        kind);
    out.printf("     expected %s%n", expected(q));
    out.printf("     cited    %s%n", cited(result));
  }

  private static String expected(EvalQuestion q) {
    if (!q.answerable()) {
      String topic =
          q.episodes().isEmpty() ? "" : " (topic: " + String.join(", ", q.episodes()) + ")";
      return "a refusal" + topic;
    }
    String episodes = String.join(" or ", q.episodes());
    if (q.second() == null) {
      return episodes + " @ untimed notes";
    }
    return episodes + " @ " + q.second() + " s (±" + q.toleranceSeconds() + " s)";
  }

  /** Each citation as {@code [n] episode @ second (offset)}, or that the answer was a refusal. */
  private static String cited(EvalResult result) {
    if (result.refused()) {
      return "nothing (refused)";
    }
    List<String> parts = new ArrayList<>();
    for (Citation c : result.answer().citations()) {
      Integer second = EvalResult.citedSecond(c);
      StringBuilder part = new StringBuilder("[" + c.n() + "] " + c.episodeId() + " @ ");
      part.append(second == null ? "untimed" : second + " s");
      EvalQuestion q = result.question();
      if (second != null && q.second() != null && q.episodes().contains(c.episodeId())) {
        part.append(String.format(Locale.ROOT, " (%+d s)", second - q.second()));
      }
      parts.add(part.toString());
    }
    return String.join("  ", parts);
  }

  /** {@code 60 s}, or the range when the set's questions differ. */
  private static String tolerances(EvalReport r) {
    TreeSet<Integer> all = new TreeSet<>();
    r.results().stream()
        .map(EvalResult::question)
        .filter(q -> q.answerable() && q.second() != null)
        .forEach(q -> all.add(q.toleranceSeconds()));
    if (all.isEmpty()) {
      return "untimed notes only";
    }
    return all.size() == 1 ? all.first() + " s" : all.first() + "-" + all.last() + " s";
  }

  /** {@code label 92.5% (37 of 40) note}, percentages aligned. */
  private void line(String label, Figure figure, String note) {
    Double percent = figure.percent();
    String share = percent == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", percent);
    String counts = "(" + figure.hits() + " of " + figure.of() + ")";
    String value = String.format(Locale.ROOT, "%6s  %-14s %s", share, counts, note);
    out.printf(FORMAT, label, value.stripTrailing());
  }
}
