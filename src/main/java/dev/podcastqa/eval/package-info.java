/**
 * Evaluation: runs question sets through the answer service and scores, per set, the right episode
 * at citation 1, recall@3, the cited moment within each question's tolerance (an untimed citation
 * never on time for a timed answer), near-miss and false refusals, and latency.
 *
 * <p>In: {@link dev.podcastqa.eval.EvalSet} files and an {@link
 * dev.podcastqa.answer.AnswerService}. Out: one {@link dev.podcastqa.eval.EvalReport} per set.
 */
package dev.podcastqa.eval;
