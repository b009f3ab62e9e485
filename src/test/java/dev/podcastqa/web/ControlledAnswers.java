package dev.podcastqa.web;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Question;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Wraps any {@link AnswerService} (the fake now, the real pipeline later) so tests can hold answers
 * back (before they start, or after their first streamed piece), inject a failure, change the next
 * answer and see which questions arrived.
 */
final class ControlledAnswers implements AnswerService {

  private final AnswerService delegate;
  private final List<Question> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));
  private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();
  private final AtomicReference<UnaryOperator<Answer>> nextChange =
      new AtomicReference<>(UnaryOperator.identity());
  private final AtomicReference<CountDownLatch> midStream =
      new AtomicReference<>(new CountDownLatch(0));

  ControlledAnswers(AnswerService delegate) {
    this.delegate = delegate;
  }

  @Override
  public Answer answer(Question question, AnswerStream stream) {
    received.add(question);
    inFlight.incrementAndGet();
    try {
      awaitGate();
      Throwable failure = nextFailure.getAndSet(null);
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      Answer answer = delegate.answer(question, holdingAfterFirstPiece(stream));
      return nextChange.getAndSet(UnaryOperator.identity()).apply(answer);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public Answer.Mode mode() {
    return delegate.mode();
  }

  /** Holds every answer until {@link #resume()}. */
  void pause() {
    gate.set(new CountDownLatch(1));
  }

  /** Holds every streamed answer after its first piece until {@link #resume()}. */
  void pauseAfterFirstDelta() {
    midStream.set(new CountDownLatch(1));
  }

  void resume() {
    gate.get().countDown();
    midStream.get().countDown();
  }

  /** The next answer throws {@code failure} instead of answering. */
  void failNext(Throwable failure) {
    nextFailure.set(failure);
  }

  /**
   * The next answer as {@code change} makes it, after its text has streamed: its citations, say, as
   * an episode the test corpus does not hold would give them.
   */
  void changeNext(UnaryOperator<Answer> change) {
    nextChange.set(change);
  }

  int inFlight() {
    return inFlight.get();
  }

  List<Question> received() {
    return List.copyOf(received);
  }

  void reset() {
    resume();
    received.clear();
    nextFailure.set(null);
    nextChange.set(UnaryOperator.identity());
  }

  /** {@code stream}, pausing after its first piece; the no-reader stream is passed as it is. */
  private AnswerStream holdingAfterFirstPiece(AnswerStream stream) {
    if (stream == AnswerStream.IGNORE) {
      return stream;
    }
    CountDownLatch hold = midStream.get();
    AtomicInteger pieces = new AtomicInteger();
    return AnswerStream.of(
        text -> {
          stream.delta(text);
          if (pieces.incrementAndGet() == 1) {
            await(hold);
          }
        },
        stream::heartbeat);
  }

  private void awaitGate() {
    await(gate.get());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never resumed answers");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
