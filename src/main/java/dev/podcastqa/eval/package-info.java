/**
 * Evaluation: runs a question set through the answer service and scores episode recall, timestamp
 * accuracy, refusal accuracy and latency.
 *
 * <p>In: an {@link dev.podcastqa.eval.EvalSet} file and an {@link
 * dev.podcastqa.answer.AnswerService}. Out: an {@link dev.podcastqa.eval.EvalReport}.
 */
package dev.podcastqa.eval;
