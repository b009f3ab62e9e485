package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.llm.SupportTally;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Asks every question of a set, one at a time, timing each answer. */
public final class EvalRunner {

  private final AnswerService answers;
  private final Supplier<SupportTally> citationChecks;

  public EvalRunner(AnswerService answers) {
    this(answers, () -> SupportTally.NONE);
  }

  /**
   * @param citationChecks the running counts of checked model citations; the report holds what they
   *     grew by during the run
   */
  public EvalRunner(AnswerService answers, Supplier<SupportTally> citationChecks) {
    this.answers = answers;
    this.citationChecks = citationChecks;
  }

  public EvalReport run(EvalSet set) {
    // One untimed question first, so class loading and JIT warm-up are not in the figures.
    answers.answer(Question.of("warm-up question about interpretability"));
    SupportTally before = citationChecks.get();
    List<EvalResult> results = new ArrayList<>();
    for (EvalQuestion q : set.questions()) {
      long start = System.nanoTime();
      Answer answer = answers.answer(Question.of(q.question()));
      double millis = (System.nanoTime() - start) / 1e6;
      results.add(new EvalResult(q, answer, millis));
    }
    SupportTally support = citationChecks.get().minus(before);
    return new EvalReport(set.file().toString(), answers.mode(), results, support);
  }
}
