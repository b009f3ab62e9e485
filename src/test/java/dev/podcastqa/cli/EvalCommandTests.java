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
  private static final String WRITTEN = "src/test/resources/eval/written.json";
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
  void aSetMarkedWithWrittenGetsTheFiveFiguresOfEachValueAndTheWholeSet() {
    Cli.Run run = eval("--set", WRITTEN);

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(line(lines, "by written").split(" {2,}"))
        .containsExactly(
            "by written",
            "right episode @1",
            "moment in tolerance",
            "moment @1",
            "answerable refused",
            "near-miss refused");
    // As in tiny.json: both answerable questions found first and on time, bread refused. Moment
    // at citation 1 depends on the ranking, so only its count is checked.
    String moment1 = "\\d+\\.\\d% \\d/";
    assertThat(row(lines, "draft"))
        .matches("draft 100\\.0% 1/1 100\\.0% 1/1 " + moment1 + "1 0\\.0% 0/1 100\\.0% 1/1");
    assertThat(row(lines, "while locating"))
        .matches("while locating 100\\.0% 1/1 100\\.0% 1/1 " + moment1 + "1 0\\.0% 0/1 n/a 0/0");
    assertThat(row(lines, "whole set"))
        .matches("whole set 100\\.0% 2/2 100\\.0% 2/2 " + moment1 + "2 0\\.0% 0/2 100\\.0% 1/1");
    int table =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("by written")).findFirst().get());
    assertThat(lines.get(table + 1)).startsWith("  draft ");
    assertThat(lines.get(table + 2)).startsWith("  while locating ");
    assertThat(lines.get(table + 3)).startsWith("  whole set ");
  }

  @Test
  void aSetWithoutWrittenPrintsNoRowsByWritten() {
    Cli.Run run = eval("--set", TINY);

    assertThat(run.out().lines()).noneMatch(l -> l.startsWith("by written"));
  }

  @Test
  void jsonGivesTheFiveFiguresOfEachWrittenValue() throws Exception {
    Cli.Run run = eval("--set", WRITTEN, "--set", TINY, "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode sets = Json.newMapper().readTree(run.out()).get("sets");
    JsonNode byWritten = sets.get(0).get("byWritten");
    assertThat(byWritten.fieldNames()).toIterable().containsExactly("draft", "while locating");
    JsonNode draft = byWritten.get("draft");
    assertThat(draft.fieldNames())
        .toIterable()
        .containsExactly(
            "rightEpisodeAtCitation1",
            "momentWithinTolerance",
            "momentAtCitation1",
            "answerableRefused",
            "nearMissRefused");
    assertThat(draft.get("rightEpisodeAtCitation1").get("hits").asInt()).isEqualTo(1);
    assertThat(draft.get("rightEpisodeAtCitation1").get("of").asInt()).isEqualTo(1);
    assertThat(draft.get("nearMissRefused").get("percent").asDouble()).isEqualTo(100.0);
    JsonNode locating = byWritten.get("while locating");
    assertThat(locating.get("answerableRefused").get("of").asInt()).isEqualTo(1);
    assertThat(locating.get("nearMissRefused").get("of").asInt()).isZero();
    assertThat(locating.get("nearMissRefused").get("percent").isNull()).isTrue();
    assertThat(sets.get(1).get("byWritten")).isEmpty();
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

  /** The row of a {@code written} value in the table by written, each run of spaces made one. */
  private static String row(List<String> lines, String written) {
    return line(lines, "  " + written + " ").replaceAll(" +", " ");
  }

  /** What a figure line prints after its label, each run of spaces made one. */
  private static String figure(List<String> lines, String label) {
    return line(lines, label).substring(label.length()).strip().replaceAll(" +", " ");
  }
}
