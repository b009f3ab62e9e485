package dev.podcastqa.eval;

import static dev.podcastqa.eval.Answers.answered;
import static dev.podcastqa.eval.Answers.at;
import static dev.podcastqa.eval.Answers.refused;
import static dev.podcastqa.eval.Answers.untimed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.llm.SupportTally;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runner over a scripted answer service and a clock the test moves: which questions are asked,
 * how each is timed, and the figures of the report it makes.
 */
class EvalRunnerTests {

  private static final EvalSet TUNE =
      new EvalSet(
          Path.of("tune.json"),
          List.of(
              EvalQuestion.at("When is grokking discussed?", "a", 2966),
              EvalQuestion.at("What is in the notes?", "a", 0),
              EvalQuestion.at("Where is superposition?", "a", 6816),
              EvalQuestion.unanswerable("What does the guest charge?", "near-miss", List.of("a"))));

  private static final EvalSet HOLDOUT =
      new EvalSet(
          Path.of("holdout.json"),
          List.of(
              EvalQuestion.at("When is MDL discussed?", "b", 3441),
              EvalQuestion.unanswerable("How to bake bread?", "off-topic", List.of())));

  /** Scripted answers by question text, recording every question asked. */
  private static final class ScriptedAnswers implements AnswerService {

    final List<String> asked = new ArrayList<>();
    final Map<String, Answer> script =
        Map.of(
            "When is grokking discussed?", answered(at("a", 3026)),
            // Untimed notes at "second 0": must not count as on time.
            "What is in the notes?", answered(untimed("a")),
            "Where is superposition?", refused(),
            "What does the guest charge?", answered(at("a", 100)),
            "When is MDL discussed?", answered(at("b", 3502)),
            "How to bake bread?", refused());

    @Override
    public Answer answer(Question question, AnswerStream stream) {
      asked.add(question.text());
      return script.getOrDefault(question.text(), refused());
    }

    @Override
    public Answer.Mode mode() {
      return Answer.Mode.EXTRACTIVE;
    }
  }

  /** A nanosecond clock that moves by the given steps, one per reading. */
  private static final class Ticks {

    private final Deque<Long> readings = new ArrayDeque<>();

    Ticks(long... millisAtEachReading) {
      for (long m : millisAtEachReading) {
        readings.add(m * 1_000_000);
      }
    }

    long next() {
      return readings.removeFirst();
    }
  }

  @Test
  void asksEachQuestionOnceInOrderAfterOneWarmUpSharedByAllSets() {
    ScriptedAnswers answers = new ScriptedAnswers();
    Ticks ticks = new Ticks(0, 5, 5, 7, 10, 30, 30, 31, 40, 42, 50, 53);
    EvalRunner runner = new EvalRunner(answers, () -> SupportTally.NONE, ticks::next);

    runner.run(TUNE);
    runner.run(HOLDOUT);

    assertThat(answers.asked)
        .containsExactly(
            EvalRunner.WARM_UP,
            "When is grokking discussed?",
            "What is in the notes?",
            "Where is superposition?",
            "What does the guest charge?",
            "When is MDL discussed?",
            "How to bake bread?");
  }

  @Test
  void eachAnswerIsTimedBetweenItsOwnTwoReadingsOfTheClock() {
    Ticks ticks = new Ticks(0, 5, 5, 7, 10, 30, 30, 31);
    EvalRunner runner = new EvalRunner(new ScriptedAnswers(), () -> SupportTally.NONE, ticks::next);

    EvalReport report = runner.run(TUNE);

    assertThat(report.results())
        .extracting(EvalResult::millis)
        .containsExactly(5.0, 2.0, 20.0, 1.0);
    assertThat(report.latencyMean()).isEqualTo(7.0);
    assertThat(report.latencyPercentile(50)).isEqualTo(2.0);
    assertThat(report.latencyPercentile(100)).isEqualTo(20.0);
  }

  @Test
  void theReportOfEachSetHoldsItsOwnFigures() {
    EvalRunner runner =
        new EvalRunner(
            new ScriptedAnswers(), () -> SupportTally.NONE, new Ticks(new long[12])::next);

    EvalReport tune = runner.run(TUNE);
    EvalReport holdout = runner.run(HOLDOUT);

    assertThat(tune.set()).isEqualTo("tune.json");
    assertThat(tune.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    // Grokking cited 60 s late: on time. The notes cited untimed for second 0: not on time.
    // Superposition refused.
    assertThat(tune.episodeAtCitation1()).isEqualTo(new Figure(2, 3));
    assertThat(tune.momentWithinTolerance()).isEqualTo(new Figure(1, 3));
    assertThat(tune.answerableRefused()).isEqualTo(new Figure(1, 3));
    // The near miss was answered.
    assertThat(tune.nearMissRefused()).isEqualTo(new Figure(0, 1));
    // MDL cited 61 s late: the right episode, not the moment.
    assertThat(holdout.set()).isEqualTo("holdout.json");
    assertThat(holdout.episodeAtCitation1()).isEqualTo(new Figure(1, 1));
    assertThat(holdout.momentWithinTolerance()).isEqualTo(new Figure(0, 1));
    assertThat(holdout.nearMissRefused()).isEqualTo(new Figure(1, 1));
  }

  @Test
  void citationSupportIsWhatTheTallyGrewByDuringTheSet() {
    Deque<SupportTally> tallies =
        new ArrayDeque<>(List.of(new SupportTally(3, 1, 0), new SupportTally(10, 2, 1)));
    EvalRunner runner =
        new EvalRunner(new ScriptedAnswers(), tallies::removeFirst, new Ticks(new long[8])::next);

    EvalReport report = runner.run(TUNE);

    assertThat(report.citationSupport()).isEqualTo(new SupportTally(7, 1, 1));
  }
}
