package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import java.util.List;

/** How one question went: the answer, its latency, and each score it earned. */
public record EvalResult(EvalQuestion question, Answer answer, double millis) {

  /** Citations looked at for recall@3 and timestamp accuracy. */
  static final int TOP = 3;

  /** How far a cited start may be from the expected second and still count. */
  public static final int TIMESTAMP_TOLERANCE_SECONDS = 90;

  public boolean episodeAtRank1() {
    List<Citation> citations = answer.citations();
    return !citations.isEmpty() && question.episodes().contains(citations.get(0).episodeId());
  }

  public boolean episodeInTop3() {
    return top().stream().anyMatch(c -> question.episodes().contains(c.episodeId()));
  }

  /** Some top-3 citation of an expected episode starts within the tolerance of the second. */
  public boolean timestampRight() {
    return top().stream()
        .anyMatch(
            c ->
                question.episodes().contains(c.episodeId())
                    && c.timed()
                    && Math.abs(c.startSeconds() - question.second())
                        <= TIMESTAMP_TOLERANCE_SECONDS);
  }

  public boolean refusedCorrectly() {
    return !question.answerable() && !answer.answered();
  }

  private List<Citation> top() {
    return answer.citations().subList(0, Math.min(TOP, answer.citations().size()));
  }
}
