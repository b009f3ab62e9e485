package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.json.Json;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code eval} over the sample corpus with small question sets under {@code
 * src/test/resources/eval}, through the real pipeline (index under {@code
 * target/test-index/eval-command}). The arithmetic of the figures is tested exactly in {@code
 * EvalReportTests}; these tests check what the command prints and how it treats its input.
 */
class EvalCommandTests {

  private static final String[] CORPUS = {
    "--episodes", "data/episodes", "--index", "target/test-index/eval-command"
  };
  private static final String TINY = "src/test/resources/eval/tiny.json";
  private static final String WITH_A_MISS = "src/test/resources/eval/with-a-miss.json";
  private static final String NO_SECOND = "src/test/resources/eval/no-second.json";
  private static final String BROKEN = "src/test/resources/eval/broken.json";
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
    // Two plain questions whose answers are chapter titles: both found first, on time.
    assertThat(figure(lines, "right episode at citation 1")).isEqualTo("100.0% (2 of 2)");
    assertThat(figure(lines, "recall@3")).isEqualTo("100.0% (2 of 2)");
    assertThat(figure(lines, "moment within tolerance"))
        .isEqualTo("100.0% (2 of 2) (60 s, among the first 3 citations)");
    assertThat(figure(lines, "moment at citation 1")).matches("\\d+\\.\\d% \\(\\d of 2\\)");
    assertThat(figure(lines, "answerable refused")).isEqualTo("0.0% (0 of 2) (false refusals)");
    // Sourdough bread is in no episode.
    assertThat(figure(lines, "near-miss refused"))
        .isEqualTo("100.0% (1 of 1) (questions marked unanswerable)");
    assertThat(figure(lines, "citation precision")).contains("(first 3 citations from");

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
  void missesListsEachQuestionThatMissedWithTheCitedAndExpectedSecond() {
    Cli.Run run = eval("--set", WITH_A_MISS, "--misses");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(figure(lines, "moment within tolerance")).startsWith("0.0% (0 of 1)");
    assertThat(figure(lines, "near-miss refused")).startsWith("100.0% (1 of 1)");
    List<String> misses = lines.stream().filter(l -> l.startsWith("MISS")).toList();
    assertThat(misses)
        .singleElement()
        .asString()
        .matches("MISS +[0-9.]+ ms  When do they talk about grokking\\?");
    int at = lines.indexOf(misses.get(0));
    assertThat(lines.get(at + 1).strip())
        .isEqualTo("expected neel-nanda-mechanistic-interpretability @ 9000 s (±60 s)");
    assertThat(lines.get(at + 2).strip())
        .startsWith("cited    [1] ")
        .contains("neel-nanda-mechanistic-interpretability @ 2966 s (-6034 s)");
  }

  @Test
  void twoSetsGiveOneBlockEachInTheOrderGiven() {
    Cli.Run run = eval("--set", WITH_A_MISS, "--set", TINY);

    assertThat(run.exitCode()).isZero();
    List<String> headers = run.out().lines().filter(l -> l.startsWith("set: ")).toList();
    assertThat(headers)
        .containsExactly(
            "set: " + WITH_A_MISS + " (1 answerable, 1 unanswerable), mode: extractive",
            "set: " + TINY + " (2 answerable, 1 unanswerable), mode: extractive");
    List<String> moments =
        run.out().lines().filter(l -> l.startsWith("moment within tolerance")).toList();
    assertThat(moments).hasSize(2);
    assertThat(moments.get(0)).contains(" 0.0%  (0 of 1)");
    assertThat(moments.get(1)).contains("100.0%  (2 of 2)");
  }

  @Test
  void jsonGivesEachSetsFiguresAsCounts() throws Exception {
    Cli.Run run = eval("--set", WITH_A_MISS, "--set", TINY, "--json", "--misses");

    assertThat(run.exitCode()).isZero();
    JsonNode sets = Json.newMapper().readTree(run.out()).get("sets");
    assertThat(sets).hasSize(2);
    JsonNode first = sets.get(0);
    assertThat(first.get("set").asText()).isEqualTo(WITH_A_MISS);
    JsonNode moment = first.get("figures").get("momentWithinTolerance");
    assertThat(moment.get("hits").asInt()).isZero();
    assertThat(moment.get("of").asInt()).isEqualTo(1);
    assertThat(moment.get("percent").asDouble()).isZero();
    JsonNode miss = first.get("questions").get(0);
    assertThat(miss.get("second").asInt()).isEqualTo(9000);
    assertThat(miss.get("cited").get(0).get("second").asInt()).isEqualTo(2966);
    assertThat(miss.get("cited").get(0).get("onTime").asBoolean()).isFalse();
    assertThat(sets.get(1).get("figures").get("nearMissRefused").get("percent").asDouble())
        .isEqualTo(100.0);
    assertThat(sets.get(1).get("questions")).isEmpty();
  }

  @Test
  void answerableQuestionWithoutSecondFailsNamingFileAndQuestionNumber() {
    Cli.Run run = eval("--set", NO_SECOND);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "error: "
                + NO_SECOND
                + ": question 2: answerable question has no \"second\""
                + " (null when the answer is in untimed notes)");
  }

  @Test
  void aBrokenSetIsReportedQuestionByQuestionAndTheOtherSetIsStillScored() {
    Cli.Run run = eval("--set", BROKEN, "--set", TINY);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "error: "
                + BROKEN
                + ": question 1: \"second\" is \"00:49:26\", not a whole number of seconds",
            "error: " + BROKEN + ": question 3: \"tolerance\" is negative: -5",
            "error: " + BROKEN + ": question 4: answerable question has no episode");
    assertThat(run.out().lines().filter(l -> l.startsWith("set: ")))
        .containsExactly("set: " + TINY + " (2 answerable, 1 unanswerable), mode: extractive");
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

  /** What a figure line prints after its label, each run of spaces made one. */
  private static String figure(List<String> lines, String label) {
    return line(lines, label).substring(label.length()).strip().replaceAll(" +", " ");
  }
}
