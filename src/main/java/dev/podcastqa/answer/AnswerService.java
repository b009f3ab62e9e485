package dev.podcastqa.answer;

/**
 * Answers questions; the one entry point every delivery channel (HTTP, web chat, CLI, Discord)
 * calls. Implementations are thread-safe.
 */
public interface AnswerService {

  /** Answers {@code question}; never returns null, and "nothing found" is an answer. */
  default Answer answer(Question question) {
    return answer(question, AnswerStream.IGNORE);
  }

  /**
   * Answers {@code question}, passing the answer text to {@code stream} piece by piece as it is
   * made. The returned answer holds the whole text and its citations.
   */
  Answer answer(Question question, AnswerStream stream);

  /** The mode answers are made in now. */
  Answer.Mode mode();
}
