package dev.podcastqa.cli;

import dev.podcastqa.answer.llm.SupportTally;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.eval.EvalReport;
import dev.podcastqa.eval.EvalResult;
import dev.podcastqa.eval.EvalRunner;
import dev.podcastqa.eval.EvalSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: scores the answer service on a question set and prints the figures. */
@Command(
    name = "eval",
    description = {
      "Runs an evaluation set through the answer service and prints recall@1, recall@3,",
      "timestamp accuracy (a top-3 citation of the right episode within 90 s), refusal",
      "accuracy and latency per question. Answers are extractive unless --llm is given.",
      "With --llm the configured model (PODCASTQA_LLM) answers, and the share of its",
      "citations whose passage supports the sentence citing it is printed too."
    })
final class EvalCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(
      names = "--set",
      paramLabel = "FILE",
      description = "Question set (default: data/eval/questions.json).")
  Path set = Path.of("data/eval/questions.json");

  @Option(names = "--misses", description = "List every question that missed a figure.")
  boolean misses;

  @Option(
      names = "--each",
      description = "List every question with its latency, outcome and citations.")
  boolean each;

  @Option(
      names = "--llm",
      description = "Answer with the configured model (PODCASTQA_LLM) instead of extractively.")
  boolean llm;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress to stderr.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Verbosity.quietUnless(verbose);
    Application app = new Application(config());
    EvalSet questions = EvalSet.read(set, app.mapper());
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline pipeline = app.open()) {
      EvalReport report =
          new EvalRunner(pipeline.answers(), pipeline.citationAudit()::tally).run(questions);
      print(report, out);
      if (llm) {
        printModelFigures(report, out);
      }
      if (misses || each) {
        printResults(report, out, each);
      }
      out.flush();
    }
    return 0;
  }

  /** Without --llm the answers are extractive whatever PODCASTQA_LLM says; with it, a model. */
  private Config config() {
    if (!llm) {
      return options.load(Map.of(Setting.LLM, "none"));
    }
    Config config = options.load();
    if (!config.llm().enabled()) {
      throw new ConfigException(
          Setting.LLM, config.llm().provider(), "eval --llm needs a model: set openai or ollama");
    }
    return config;
  }

  private static void print(EvalReport r, PrintWriter out) {
    out.printf(
        "set: %s (%d answerable, %d unanswerable), mode: %s%n",
        r.set(), r.answerableCount(), r.unanswerableCount(), r.mode());
    out.printf("recall@1            %6.1f%%%n", 100 * r.recallAt1());
    out.printf("recall@3            %6.1f%%%n", 100 * r.recallAt3());
    out.printf(
        "timestamp accuracy  %6.1f%%   (within %d s)%n",
        100 * r.timestampAccuracy(), EvalResult.TIMESTAMP_TOLERANCE_SECONDS);
    out.printf(
        "citation precision  %6.1f%%   (top-3 citations from an expected episode)%n",
        100 * r.citationPrecision());
    out.printf("refusal accuracy    %6.1f%%%n", 100 * r.refusalAccuracy());
    out.printf("false refusals      %6.1f%%%n", 100 * r.falseRefusals());
    out.printf(
        "latency ms          mean %.1f  p50 %.1f  p95 %.1f  max %.1f%n",
        r.latencyMean(),
        r.latencyPercentile(50),
        r.latencyPercentile(95),
        r.latencyPercentile(100));
  }

  private static void printModelFigures(EvalReport r, PrintWriter out) {
    SupportTally support = r.citationSupport();
    out.printf(
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

  /** Every question ({@code all}) or only those that missed, with latency and citations. */
  private static void printResults(EvalReport r, PrintWriter out, boolean all) {
    for (EvalResult result : r.results()) {
      boolean ok = passed(result);
      if (all || !ok) {
        out.printf(
            "%s %7.1f ms  %s%n     -> %s%n",
            ok ? "OK  " : "MISS",
            result.millis(),
            result.question().question(),
            result.answer().citations().stream()
                    .map(c -> c.episodeId() + "@" + c.startSeconds())
                    .toList()
                + (result.answer().answered() ? "" : " (refused)"));
      }
    }
  }

  /** Answerable: right episode and moment in the top 3; unanswerable: refused. */
  private static boolean passed(EvalResult result) {
    return result.question().answerable()
        ? result.episodeInTop3() && result.timestampRight()
        : result.refusedCorrectly();
  }
}
