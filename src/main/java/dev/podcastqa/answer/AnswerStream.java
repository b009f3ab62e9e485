package dev.podcastqa.answer;

/** Receives pieces of answer text as they are made, for streaming delivery. */
@FunctionalInterface
public interface AnswerStream {

  /**
   * For callers that want the whole answer only. Producers may check for this very instance and
   * make the answer in one piece (with a model: one reply instead of a stream).
   */
  AnswerStream IGNORE = text -> {};

  /**
   * One more piece of the answer text. Throwing {@link AnswerCancelledException} tells the producer
   * the reader has gone, so it can stop generating.
   */
  void delta(String text);
}
