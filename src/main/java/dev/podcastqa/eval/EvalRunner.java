package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import dev.podcastqa.answer.llm.SupportTally;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Asks every question of a set, one at a time, timing each answer. */
public final class EvalRunner {

  /** Asked once before the first set, so class loading and JIT warm-up are not in the figures. */
  static final String WARM_UP = "warm-up question about interpretability";

  private final AnswerService answers;
  private final Supplier<SupportTally> citationChecks;
  private final LongSupplier nanoTime;
  private boolean warm;

  public EvalRunner(AnswerService answers) {
    this(answers, () -> SupportTally.NONE);
  }

  /**
   * @param citationChecks the running counts of checked model citations; the report holds what they
   *     grew by during the run
   */
  public EvalRunner(AnswerService answers, Supplier<SupportTally> citationChecks) {
    this(answers, citationChecks, System::nanoTime);
  }

  /** As above, timing answers with {@code nanoTime} (tests give a clock they control). */
  EvalRunner(AnswerService answers, Supplier<SupportTally> citationChecks, LongSupplier nanoTime) {
    this.answers = answers;
    this.citationChecks = citationChecks;
    this.nanoTime = nanoTime;
  }

  /** Runs one set; several sets in a row share the one warm-up. */
  public EvalReport run(EvalSet set) {
    if (!warm) {
      answers.answer(Question.of(WARM_UP));
      warm = true;
    }
    SupportTally before = citationChecks.get();
    List<EvalResult> results = new ArrayList<>();
    for (EvalQuestion q : set.questions()) {
      long start = nanoTime.getAsLong();
      Answer answer = answers.answer(Question.of(q.question()));
      double millis = (nanoTime.getAsLong() - start) / 1e6;
      results.add(new EvalResult(q, answer, millis));
    }
    SupportTally support = citationChecks.get().minus(before);
    return new EvalReport(set.file().toString(), answers.mode(), results, support);
  }
}
