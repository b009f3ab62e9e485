package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Retrieval;
import java.util.List;
import java.util.Optional;

/**
 * Answers with a language model: the generated mode, implemented in {@code answer.llm} and wired by
 * the composition root. {@link QuestionAnswerer} calls it only for passages that passed the
 * relevance gate.
 */
public interface ModelAnswerer {

  /**
   * The follow-up {@code question} rewritten to stand alone, given the conversation so far; empty
   * when the model could not be asked (the caller then keeps the extractive context).
   */
  Optional<String> standalone(List<Turn> history, String question);

  /**
   * The generated answer to {@code retrieval}'s question. Model failures never escape: the answer
   * then falls back to the extractive one, with a notice saying why.
   *
   * @throws AnswerCancelledException when {@code stream} reports its reader has gone
   */
  Answer answer(Retrieval retrieval, String conversationId, AnswerStream stream);
}
