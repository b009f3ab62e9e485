package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import java.util.List;
import java.util.Objects;

/**
 * How one question went: the answer, its latency, and each score it earned.
 *
 * <p>A cited moment is on time when the citation is of an expected episode and either the question
 * expects a second and the citation is timed and starts within the question's tolerance of it, or
 * the question expects untimed show notes and the citation is untimed too. An untimed citation is
 * never on time for a question that expects a second, whatever that second is.
 */
public record EvalResult(EvalQuestion question, Answer answer, double millis) {

  /** Citations looked at for recall@3 and the moment within tolerance. */
  public static final int TOP = 3;

  public EvalResult {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
  }

  /** Citation 1 is of an expected episode. */
  public boolean episodeAtCitation1() {
    List<Citation> citations = answer.citations();
    return !citations.isEmpty() && expected(citations.get(0));
  }

  /** Some citation among the first {@link #TOP} is of an expected episode. */
  public boolean episodeInTop() {
    return top().stream().anyMatch(this::expected);
  }

  /** Some citation among the first {@link #TOP} is on time (see the class comment). */
  public boolean momentInTop() {
    return top().stream().anyMatch(this::onTime);
  }

  /** Citation 1 itself is on time. */
  public boolean momentAtCitation1() {
    return !answer.citations().isEmpty() && onTime(answer.citations().get(0));
  }

  public boolean refused() {
    return !answer.answered();
  }

  /**
   * The question got what it should: an answerable one its episode at citation 1 and an on-time
   * moment among the first citations; an unanswerable one a refusal.
   */
  public boolean passed() {
    return question.answerable() ? episodeAtCitation1() && momentInTop() : refused();
  }

  /** Whether {@code citation} is of an expected episode at the expected moment. */
  public boolean onTime(Citation citation) {
    if (!expected(citation)) {
      return false;
    }
    Integer cited = citedSecond(citation);
    if (question.second() == null) {
      return cited == null;
    }
    return cited != null && Math.abs(cited - question.second()) <= question.toleranceSeconds();
  }

  /** The second a citation points at, or null when it is untimed (no timestamp shown). */
  public static Integer citedSecond(Citation citation) {
    if (citation.timestamp() == null) {
      return null;
    }
    return citation.startSeconds();
  }

  private boolean expected(Citation citation) {
    return question.episodes().contains(citation.episodeId());
  }

  private List<Citation> top() {
    return answer.citations().subList(0, Math.min(TOP, answer.citations().size()));
  }
}
