package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Question;
import java.util.ArrayList;
import java.util.List;

/** Asks every question of a set, one at a time, timing each answer. */
public final class EvalRunner {

  private final AnswerService answers;

  public EvalRunner(AnswerService answers) {
    this.answers = answers;
  }

  public EvalReport run(EvalSet set) {
    // One untimed question first, so class loading and JIT warm-up are not in the figures.
    answers.answer(Question.of("warm-up question about interpretability"));
    List<EvalResult> results = new ArrayList<>();
    for (EvalQuestion q : set.questions()) {
      long start = System.nanoTime();
      Answer answer = answers.answer(Question.of(q.question()));
      double millis = (System.nanoTime() - start) / 1e6;
      results.add(new EvalResult(q, answer, millis));
    }
    return new EvalReport(set.file().toString(), answers.mode(), results);
  }
}
