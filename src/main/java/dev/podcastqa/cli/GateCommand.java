package dev.podcastqa.cli;

import dev.podcastqa.answer.GateWeights;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.QuestionAnswerer;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.eval.EvalQuestion;
import dev.podcastqa.eval.EvalSet;
import dev.podcastqa.eval.GateFit;
import dev.podcastqa.retrieve.AnswerSignals;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gate}: fits the relevance gate. First the signals of every question of a tuning set are
 * written to a CSV file (once per corpus), then the gate is fitted to one or more such files.
 */
@Command(
    name = "gate",
    description = {
      "Fits the relevance gate that decides when to refuse (README, \"Refusing\").",
      "With --set and --features, writes the gate's signals for each question of a set over the",
      "corpus given by --episodes/--index.",
      "With --fit (repeatable) and --out, fits the gate's weights to those files. Fit on",
      "tuning sets only."
    })
final class GateCommand implements Callable<Integer> {

  @Mixin ConfigOptions options;

  @ArgGroup(multiplicity = "1")
  Mode mode;

  /** Either writing signals or fitting to them. */
  static final class Mode {
    @ArgGroup(exclusive = false)
    Features features;

    @ArgGroup(exclusive = false)
    Fit fit;
  }

  /** Writing one set's signals. */
  static final class Features {
    @Option(names = "--set", paramLabel = "FILE", required = true, description = "Tuning set.")
    Path set;

    @Option(
        names = "--features",
        paramLabel = "CSV",
        required = true,
        description = "Where to write the signals.")
    Path out;
  }

  /** Fitting to written signals. */
  static final class Fit {
    @Option(
        names = "--fit",
        paramLabel = "CSV",
        required = true,
        description = "Signals written by --features (repeatable).")
    List<Path> files;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        required = true,
        description = "Where to write the weights (src/main/resources/answer/gate.properties).")
    Path out;

    @Option(
        names = "--signals",
        split = ",",
        paramLabel = "NAME",
        description = "The signals to weigh, comma-separated (default: all); the others weigh 0.")
    List<String> signals;

    @Option(
        names = "--cv",
        description = "Also print a leave-one-show-out cross-validation of the fit.")
    boolean crossValidate;
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (mode.features != null) {
      writeFeatures(mode.features, out);
    } else {
      fit(mode.fit, out);
    }
    out.flush();
    return 0;
  }

  private void writeFeatures(Features features, PrintWriter out) {
    Verbosity.quietUnless(false);
    Application app = new Application(options.load(Map.of(Setting.LLM, "none")));
    EvalSet set = EvalSet.read(features.set, app.mapper());
    List<String> lines = new ArrayList<>();
    lines.add("answerable," + String.join(",", AnswerSignals.NAMES) + ",show,question");
    try (Pipeline pipeline = app.open()) {
      QuestionAnswerer answers = (QuestionAnswerer) pipeline.answers();
      for (EvalQuestion q : set.questions()) {
        double[] x = answers.gateFeatures(Question.of(q.question()));
        StringBuilder line = new StringBuilder(q.answerable() ? "1" : "0");
        for (double v : x) {
          line.append(',').append(String.format(Locale.ROOT, "%.6f", v));
        }
        line.append(',').append(show(pipeline, q).replace(",", " "));
        line.append(",\"").append(q.question().replace("\"", "'")).append('"');
        lines.add(line.toString());
      }
    }
    write(features.out, String.join("\n", lines) + "\n");
    out.printf("%d questions' signals written to %s%n", set.questions().size(), features.out);
  }

  /**
   * The show a question is about (the podcast of its first episode), or "none" for a question on no
   * episode: the group a show-by-show cross-validation leaves out together.
   */
  private static String show(Pipeline pipeline, EvalQuestion q) {
    return q.episodes().stream()
        .findFirst()
        .flatMap(id -> pipeline.catalog().find(id))
        .map(Episode::podcast)
        .orElse("none");
  }

  private void fit(Fit fit, PrintWriter out) {
    List<GateFit.Example> all = new ArrayList<>();
    for (Path file : fit.files) {
      all.addAll(read(file));
    }
    boolean[] used = used(fit.signals);
    GateWeights weights = GateFit.fit(all, used);
    String comment =
        "Relevance gate weights, fitted by `podcast-qa gate --fit` on "
            + fit.files.stream().map(Path::toString).toList()
            + "\n("
            + all.size()
            + " tuning questions), weighing "
            + (fit.signals == null ? "every signal" : String.join(", ", fit.signals))
            + ".\nInputs in the order of AnswerSignals.NAMES; the cosine is"
            + "\nmeasured from the embedding model's calibrated floor."
            + "\nthreshold: decides the most questions right, each counting once, when each show"
            + "\nis scored by weights fitted without it. thresholdUnderFloor, for a question whose"
            + "\ncosine signal is below 0: the best balanced accuracy on the fit's own questions,"
            + "\nnever under threshold (README, \"How refusal is decided\").";
    write(fit.out, weights.toProperties(comment));
    if (fit.crossValidate) {
      printCrossValidation(fit.files, all, GateFit.outOfFold(all, used), out);
    }
    for (Path file : fit.files) {
      List<GateFit.Example> examples = read(file);
      out.printf(
          Locale.ROOT,
          "%s: %d questions, balanced accuracy %.1f%%%n",
          file,
          examples.size(),
          100 * GateFit.balancedAccuracy(weights, examples, weights.threshold()));
    }
    out.printf(
        Locale.ROOT,
        "threshold %.2f, under the cosine floor %.2f; weights written to %s%n",
        weights.threshold(),
        weights.thresholdUnderFloor(),
        fit.out);
  }

  /** Which of {@link AnswerSignals#NAMES} {@code names} picks (all when null). */
  private boolean[] used(List<String> names) {
    boolean[] used = new boolean[AnswerSignals.NAMES.size()];
    if (names == null) {
      java.util.Arrays.fill(used, true);
      return used;
    }
    for (String name : names) {
      int at = AnswerSignals.NAMES.indexOf(name.strip());
      if (at < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--signals: no signal named '" + name + "'; the signals are " + AnswerSignals.NAMES);
      }
      used[at] = true;
    }
    return used;
  }

  /** Each file's out-of-fold refusals, as the eval counts them. */
  private static void printCrossValidation(
      List<Path> files, List<GateFit.Example> all, GateFit.OutOfFold folds, PrintWriter out) {
    boolean[] answered = folds.answered();
    out.println("leave-one-show-out cross-validation (each show decided by a fit without it):");
    for (Path file : files) {
      int[] counts = new int[4];
      boolean[] inFile = new boolean[all.size()];
      for (int i = 0; i < all.size(); i++) {
        inFile[i] = all.get(i).show().startsWith(file + ": ");
        if (!inFile[i]) {
          continue;
        }
        int kind = all.get(i).answerable() ? 2 : 0;
        counts[kind]++;
        counts[kind + 1] += answered[i] ? 0 : 1;
      }
      out.printf(
          Locale.ROOT,
          "%s: unanswerable refused %s, answerable refused %s, AUC %.3f%n",
          file,
          share(counts[1], counts[0]),
          share(counts[3], counts[2]),
          GateFit.auc(all, folds.probability(), inFile));
    }
  }

  private static String share(int part, int of) {
    return of == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * part / of, part, of);
  }

  private static List<GateFit.Example> read(Path file) {
    List<GateFit.Example> examples = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read signals " + file, e);
    }
    int n = AnswerSignals.NAMES.size();
    String header = "answerable," + String.join(",", AnswerSignals.NAMES) + ",show,question";
    if (lines.isEmpty() || !lines.get(0).strip().equals(header)) {
      throw new IllegalArgumentException(
          file
              + ":1: the signals are not this build's ("
              + String.join(",", AnswerSignals.NAMES)
              + "); write the file again with gate --set ... --features");
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", n + 3);
      if (cells.length < n + 3) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected " + (n + 3) + " cells");
      }
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[j] = Double.parseDouble(cells[j + 1]);
      }
      // Shows are told apart per file: "none" in two sets is not one show.
      examples.add(
          new GateFit.Example(x, cells[0].equals("1"), file + ": " + cells[n + 1], cells[n + 2]));
    }
    return examples;
  }

  private static void write(Path file, String text) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
