package dev.podcastqa.eval;

import static dev.podcastqa.eval.Answers.answered;
import static dev.podcastqa.eval.Answers.at;
import static dev.podcastqa.eval.Answers.refused;
import static dev.podcastqa.eval.Answers.untimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.llm.SupportTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure of {@link EvalReport} on a hand-made run of twelve questions whose outcome each test
 * can count by hand from the table in {@link #run()}.
 */
class EvalReportTests {

  private static final String PARA = "paraphrase";
  private static final String NEAR = "near-miss";
  private static final String D = "draft";
  private static final String L = "while locating";

  /**
   * The run. Answerable questions (9), written as a draft (D) or while locating the answer (L):
   *
   * <pre>
   *  #  written  expects          cited                       ep@1 top3 moment@3 moment@1
   *  1  D        a@100            a@160 (exactly +60)           y    y     y        y
   *  2  L        a@100            a@161 (+61)                   y    y     n        n
   *  3  D        a@0              a untimed                     y    y     n        n
   *  4  L        a untimed notes  a untimed                     y    y     y        y
   *  5  L        a untimed notes  a@0                           y    y     n        n
   *  6  D        a@500            b@500, a@530                  n    y     y        n
   *  7  D        a@300            refused                       n    n     n        n
   *  8  L        a@1000           b@1, b@2, b@3, a@1000         n    n     n        n
   *  9  L        a@100 (tol 5)    a@95                          y    y     y        y
   * </pre>
   *
   * Unanswerable (3): #10 (D) near miss of a, answered with a@10; #11 (L) near miss, refused; #12
   * (D) off-topic, refused. Latencies 10, 20, ... 120 ms, in a shuffled order.
   */
  private static EvalReport run() {
    List<EvalResult> results = new ArrayList<>();
    add(results, question("1", 100, 60, PARA, D), answered(at("a", 160)));
    add(results, question("2", 100, 60, PARA, L), answered(at("a", 161)));
    add(results, question("3", 0, 60, null, D), answered(untimed("a")));
    add(results, question("4", null, 60, null, L), answered(untimed("a")));
    add(results, question("5", null, 60, null, L), answered(at("a", 0)));
    add(results, question("6", 500, 60, null, D), answered(at("b", 500), at("a", 530)));
    add(results, question("7", 300, 60, null, D), refused());
    add(
        results,
        question("8", 1000, 60, null, L),
        answered(at("b", 1), at("b", 2), at("b", 3), at("a", 1000)));
    add(results, question("9", 100, 5, null, L), answered(at("a", 95)));
    add(results, unanswerable("10", NEAR, List.of("a"), D), answered(at("a", 10)));
    add(results, unanswerable("11", NEAR, List.of("a"), L), refused());
    add(results, unanswerable("12", "off-topic", List.of(), D), refused());
    double[] millis = {70, 10, 120, 40, 30, 90, 20, 110, 60, 50, 100, 80};
    List<EvalResult> timed = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      timed.add(new EvalResult(results.get(i).question(), results.get(i).answer(), millis[i]));
    }
    return new EvalReport("hand-made.json", Answer.Mode.EXTRACTIVE, timed, SupportTally.NONE);
  }

  /** An answerable question of episode a. */
  private static EvalQuestion question(
      String text, Integer second, int tolerance, String kind, String written) {
    return new EvalQuestion(text, List.of("a"), second, tolerance, kind, written, true);
  }

  private static EvalQuestion unanswerable(
      String text, String kind, List<String> episodes, String written) {
    return new EvalQuestion(text, episodes, null, 60, kind, written, false);
  }

  private static void add(List<EvalResult> results, EvalQuestion q, Answer answer) {
    results.add(new EvalResult(q, answer, 0));
  }

  @Test
  void countsAnswerableAndUnanswerableQuestions() {
    assertThat(run().answerableCount()).isEqualTo(9);
    assertThat(run().unanswerableCount()).isEqualTo(3);
  }

  @Test
  void rightEpisodeAtCitation1CountsAnswerableQuestionsOnly() {
    assertThat(run().episodeAtCitation1()).isEqualTo(new Figure(6, 9));
  }

  @Test
  void recallCountsTheFirstThreeCitations() {
    assertThat(run().recallAtTop()).isEqualTo(new Figure(7, 9));
  }

  @Test
  void momentWithinToleranceCountsNoUntimedCitationForATimedAnswer() {
    // #1, #4, #6, #9: not #2 (61 s), #3 (untimed for second 0), #5 (timed for untimed notes).
    assertThat(run().momentWithinTolerance()).isEqualTo(new Figure(4, 9));
  }

  @Test
  void momentAtCitation1CountsOnlyTheFirstCitation() {
    assertThat(run().momentAtCitation1()).isEqualTo(new Figure(3, 9));
  }

  @Test
  void nearMissRefusedCountsUnanswerableQuestionsAndAnAnsweredNearMissIsAMiss() {
    assertThat(run().nearMissRefused()).isEqualTo(new Figure(2, 3));
  }

  @Test
  void answerableRefusedCountsFalseRefusals() {
    assertThat(run().answerableRefused()).isEqualTo(new Figure(1, 9));
  }

  @Test
  void citationPrecisionCountsTheFirstThreeCitationsOfAnswerableQuestions() {
    // 1+1+1+1+1 (#1-#5) + 2 (#6) + 0 (#7) + 3 (#8) + 1 (#9) cited; of them all but b@500 and
    // #8's three are of "a".
    assertThat(run().citationPrecision()).isEqualTo(new Figure(7, 11));
  }

  @Test
  void passedByKindCountsEachNamedKindInFirstSeenOrder() {
    assertThat(run().passedByKind())
        .containsExactly(
            Map.entry(PARA, new Figure(1, 2)),
            Map.entry(NEAR, new Figure(1, 2)),
            Map.entry("off-topic", new Figure(1, 1)));
  }

  @Test
  void keyFiguresAreTheFiveFiguresOfTheWholeRun() {
    EvalReport report = run();

    assertThat(report.keyFigures())
        .isEqualTo(
            new KeyFigures(
                report.episodeAtCitation1(),
                report.momentWithinTolerance(),
                report.momentAtCitation1(),
                report.answerableRefused(),
                report.nearMissRefused()))
        .isEqualTo(
            new KeyFigures(
                new Figure(6, 9),
                new Figure(4, 9),
                new Figure(3, 9),
                new Figure(1, 9),
                new Figure(2, 3)));
  }

  @Test
  void keyFiguresByWrittenCountEachValuesQuestionsInFirstSeenOrder() {
    // Drafts: answerable #1, #3, #6, #7; unanswerable #10 (answered), #12.
    // While locating: answerable #2, #4, #5, #8, #9; unanswerable #11.
    assertThat(run().keyFiguresByWritten())
        .containsExactly(
            Map.entry(
                D,
                new KeyFigures(
                    new Figure(2, 4),
                    new Figure(2, 4),
                    new Figure(1, 4),
                    new Figure(1, 4),
                    new Figure(1, 2))),
            Map.entry(
                L,
                new KeyFigures(
                    new Figure(4, 5),
                    new Figure(2, 5),
                    new Figure(2, 5),
                    new Figure(0, 5),
                    new Figure(1, 1))));
  }

  @Test
  void aSetWithNoWrittenValueHasNoFiguresByWritten() {
    EvalReport unmarked =
        new EvalReport(
            "s",
            Answer.Mode.EXTRACTIVE,
            List.of(new EvalResult(AT_A, answered(at("a", 100)), 1)),
            SupportTally.NONE);

    assertThat(unmarked.keyFiguresByWritten()).isEmpty();
  }

  @Test
  void questionsWithoutWrittenInAMarkedSetAreCountedAsNotMarked() {
    EvalReport mixed =
        new EvalReport(
            "s",
            Answer.Mode.EXTRACTIVE,
            List.of(
                new EvalResult(AT_A, answered(at("a", 100)), 1),
                new EvalResult(question("q", 100, 60, null, D), refused(), 1)),
            SupportTally.NONE);

    assertThat(mixed.keyFiguresByWritten())
        .containsExactly(
            Map.entry(
                EvalReport.NOT_MARKED,
                new KeyFigures(
                    new Figure(1, 1),
                    new Figure(1, 1),
                    new Figure(1, 1),
                    new Figure(0, 1),
                    new Figure(0, 0))),
            Map.entry(
                D,
                new KeyFigures(
                    new Figure(0, 1),
                    new Figure(0, 1),
                    new Figure(0, 1),
                    new Figure(1, 1),
                    new Figure(0, 0))));
  }

  @Test
  void missesAreTheQuestionsThatDidNotPassInSetOrder() {
    assertThat(run().misses())
        .extracting(r -> r.question().question())
        .containsExactly("2", "3", "5", "6", "7", "8", "10");
  }

  @Test
  void latencyPercentilesUseTheNearestRank() {
    EvalReport report = run();

    assertThat(report.latencyMean()).isEqualTo(65.0);
    assertThat(report.latencyPercentile(50)).isEqualTo(60.0);
    assertThat(report.latencyPercentile(95)).isEqualTo(120.0);
    assertThat(report.latencyPercentile(100)).isEqualTo(120.0);
    assertThat(report.latencyPercentile(0)).isEqualTo(10.0);
    assertThatThrownBy(() -> report.latencyPercentile(101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSetWithoutUnanswerableQuestionsHasNoRefusalFigureRatherThanZero() {
    EvalReport onlyAnswerable =
        new EvalReport(
            "s",
            Answer.Mode.EXTRACTIVE,
            List.of(new EvalResult(EvalQuestion.at("q", "a", 1), refused(), 5)),
            SupportTally.NONE);

    assertThat(onlyAnswerable.nearMissRefused()).isEqualTo(new Figure(0, 0));
    assertThat(onlyAnswerable.nearMissRefused().percent()).isNull();
    assertThat(onlyAnswerable.nearMissRefused()).hasToString("n/a (0 of 0)");
    assertThat(onlyAnswerable.answerableRefused()).hasToString("100.0% (1 of 1)");
  }

  @Test
  void modelFallbacksCountExtractiveAnswersWithANoticeInAModelRun() {
    Answer fallback = answered(at("a", 100)).withNotice("The model timed out.");
    Answer model =
        new Answer("m", true, Answer.Mode.LLM, null, answered(at("a", 100)).citations(), null);
    EvalReport report =
        new EvalReport(
            "s",
            Answer.Mode.LLM,
            List.of(
                new EvalResult(AT_A, fallback, 1),
                new EvalResult(AT_A, model, 1),
                new EvalResult(AT_A, answered(at("a", 1)), 1)),
            SupportTally.NONE);

    assertThat(report.modelFallbacks()).isEqualTo(1);
  }

  private static final EvalQuestion AT_A = EvalQuestion.at("q", "a", 100);
}
