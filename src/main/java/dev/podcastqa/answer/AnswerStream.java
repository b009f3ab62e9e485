package dev.podcastqa.answer;

import java.util.function.Consumer;

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

  /**
   * The producer is still at work with nothing new to send (a model's words that do not yet make a
   * whole sentence). A stream to a network reader may use this to check the reader is still there,
   * throwing {@link AnswerCancelledException} if not; it must cost little when called often.
   */
  default void heartbeat() {}

  /** A stream passing pieces to {@code delta} and heartbeats to {@code heartbeat}. */
  static AnswerStream of(Consumer<String> delta, Runnable heartbeat) {
    return new AnswerStream() {
      @Override
      public void delta(String text) {
        delta.accept(text);
      }

      @Override
      public void heartbeat() {
        heartbeat.run();
      }
    };
  }
}
