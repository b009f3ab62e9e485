package dev.podcastqa.cli;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Config;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.eval.EvalReport;
import dev.podcastqa.eval.EvalRunner;
import dev.podcastqa.eval.EvalSet;
import dev.podcastqa.eval.InvalidEvalSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: scores the answer service on one or more question sets and prints the figures. */
@Command(
    name = "eval",
    description = {
      "Scores the answers on evaluation sets and prints the figures, one block per set.",
      "The figures: the right episode at citation 1, recall@3, the moment within tolerance (a"
          + " top-3 citation of the right episode within the question's tolerance, 60 s unless it"
          + " says; an untimed citation is on time only for an answer in untimed notes), near-miss"
          + " questions refused, answerable questions refused, and latency.",
      "A set whose questions carry \"written\" (e.g. draft, while locating) also gets the right"
          + " episode at citation 1, the moment, the moment at citation 1 and both refusal"
          + " figures for each value, one row each.",
      "Answers are extractive unless --llm is given. With --llm the configured model"
          + " (PODCASTQA_LLM) answers, and the share of its citations whose passage supports the"
          + " sentence citing it is printed too."
    })
final class EvalCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @Option(
      names = "--set",
      paramLabel = "FILE",
      description =
          "Question set; give it more than once (e.g. the tune and holdout splits) to score each"
              + " in one run (default: data/eval/questions.json).")
  List<Path> sets = new ArrayList<>(List.of(Path.of("data/eval/questions.json")));

  @Option(
      names = "--misses",
      description = "List every question that missed a figure, with the cited and expected second.")
  boolean misses;

  @Option(
      names = "--each",
      description = "List every question with its latency, outcome and citations.")
  boolean each;

  @Option(names = "--json", description = "Print the figures as JSON (counts and percentages).")
  boolean json;

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
    PrintWriter err = spec.commandLine().getErr();
    List<EvalSet> readable = new ArrayList<>();
    for (Path file : sets) {
      try {
        readable.add(EvalSet.read(file, app.mapper()));
      } catch (InvalidEvalSetException e) {
        e.problems().forEach(problem -> err.println("error: " + problem));
      }
    }
    err.flush();
    // A broken set is reported and skipped; the others are still scored.
    int exit = readable.size() == sets.size() ? 0 : Failures.USAGE;
    if (readable.isEmpty()) {
      return exit;
    }
    List<EvalReport> reports = new ArrayList<>();
    try (Pipeline pipeline = app.open()) {
      EvalRunner runner = new EvalRunner(pipeline.answers(), pipeline.citationAudit()::tally);
      readable.forEach(set -> reports.add(runner.run(set)));
    }
    print(reports, app);
    return exit;
  }

  private void print(List<EvalReport> reports, Application app) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new EvalJson(app.mapper()).of(reports, misses, each).toPrettyString());
    } else {
      EvalPrinter printer = new EvalPrinter(out);
      for (int i = 0; i < reports.size(); i++) {
        if (i > 0) {
          out.println();
        }
        printer.figures(reports.get(i));
        if (llm) {
          printer.modelFigures(reports.get(i));
        }
        if (misses || each) {
          printer.results(reports.get(i), each);
        }
      }
    }
    out.flush();
  }

  /** Without --llm the answers are extractive whatever PODCASTQA_LLM says; with it, a model. */
  private Config config() {
    if (!llm) {
      return options.load(Map.of(Setting.LLM, "none"));
    }
    Config config = options.load();
    if (!config.llm().enabled()) {
      throw new ConfigException(
          Setting.LLM,
          config.llm().provider().value(),
          "eval --llm needs a model: set openai or ollama");
    }
    return config;
  }
}
