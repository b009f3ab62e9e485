package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code eval} over the sample corpus with small question sets under {@code
 * src/test/resources/eval}, through the real pipeline (index under {@code
 * target/test-index/eval-command}).
 */
class EvalCommandTests {

  private static final String[] CORPUS = {
    "--episodes", "data/episodes", "--index", "target/test-index/eval-command"
  };
  private static final String TINY = "src/test/resources/eval/tiny.json";
  private static final String WITH_A_MISS = "src/test/resources/eval/with-a-miss.json";
  private static final String NO_SECOND = "src/test/resources/eval/no-second.json";
  private static final Pattern LATENCY =
      Pattern.compile(
          "latency ms\\s+mean ([\\d.]+)\\s+p50 ([\\d.]+)\\s+p95 ([\\d.]+)\\s+max ([\\d.]+)");

  @Test
  void printsEveryFigureOfATinySetWithValuesTheSetImplies() {
    Cli.Run run = eval("--set", TINY);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("set: " + TINY + " (2 answerable, 1 unanswerable), mode: extractive");
    // Two plain questions whose answers are chapter titles: both found first, within 90 s.
    assertThat(figure(lines, "recall@1")).isEqualTo("100.0%");
    assertThat(figure(lines, "recall@3")).isEqualTo("100.0%");
    assertThat(figure(lines, "timestamp accuracy")).isEqualTo("100.0%   (within 90 s)");
    assertThat(figure(lines, "false refusals")).isEqualTo("0.0%");
    // Sourdough bread is in no episode.
    assertThat(figure(lines, "refusal accuracy")).isEqualTo("100.0%");
    // Each answer's first citation is on target, so some share of the top three is.
    assertThat(figure(lines, "citation precision"))
        .matches("\\d+\\.\\d%   \\(top-3 citations from an expected episode\\)")
        .isNotEqualTo("0.0%   (top-3 citations from an expected episode)");

    Matcher latency = LATENCY.matcher(line(lines, "latency ms"));
    assertThat(latency.matches()).as(line(lines, "latency ms")).isTrue();
    double mean = Double.parseDouble(latency.group(1));
    double p50 = Double.parseDouble(latency.group(2));
    double p95 = Double.parseDouble(latency.group(3));
    double max = Double.parseDouble(latency.group(4));
    assertThat(p50).isPositive().isLessThanOrEqualTo(p95);
    // With three questions the 95th percentile is the slowest one.
    assertThat(p95).isEqualTo(max);
    assertThat(mean).isPositive().isLessThanOrEqualTo(max);
    assertThat(lines).noneMatch(l -> l.startsWith("MISS"));
  }

  @Test
  void missesListsEachQuestionThatMissedWithWhatItCited() {
    Cli.Run run = eval("--set", WITH_A_MISS, "--misses");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(figure(lines, "timestamp accuracy")).isEqualTo("0.0%   (within 90 s)");
    assertThat(figure(lines, "refusal accuracy")).isEqualTo("100.0%");
    List<String> misses = lines.stream().filter(l -> l.startsWith("MISS")).toList();
    assertThat(misses)
        .singleElement()
        .asString()
        .matches("MISS +[0-9.]+ ms  When do they talk about grokking\\?");
    int at = lines.indexOf(misses.get(0));
    assertThat(lines.get(at + 1).strip())
        .startsWith("-> [")
        .contains("neel-nanda-mechanistic-interpretability@2966");
  }

  @Test
  void answerableQuestionWithoutSecondFailsNamingFileAndQuestionNumber() {
    Cli.Run run = eval("--set", NO_SECOND);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "error: " + NO_SECOND + ": question 2: answerable question has no \"second\"");
  }

  private static Cli.Run eval(String... args) {
    String[] all = new String[1 + CORPUS.length + args.length];
    all[0] = "eval";
    System.arraycopy(CORPUS, 0, all, 1, CORPUS.length);
    System.arraycopy(args, 0, all, 1 + CORPUS.length, args.length);
    return Cli.run(all);
  }

  private static String line(List<String> lines, String label) {
    return lines.stream()
        .filter(l -> l.startsWith(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + label + "\" line in " + lines))
        .strip();
  }

  /** What a figure line prints after its label. */
  private static String figure(List<String> lines, String label) {
    return line(lines, label).substring(label.length()).strip();
  }
}
