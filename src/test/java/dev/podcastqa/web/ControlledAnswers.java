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

/**
 * Wraps any {@link AnswerService} (the fake now, the real pipeline later) so tests can hold answers
 * back, inject a failure and see which questions arrived.
 */
final class ControlledAnswers implements AnswerService {

  private final AnswerService delegate;
  private final List<Question> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));
  private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();

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
      return delegate.answer(question, stream);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public String mode() {
    return delegate.mode();
  }

  /** Holds every answer until {@link #resume()}. */
  void pause() {
    gate.set(new CountDownLatch(1));
  }

  void resume() {
    gate.get().countDown();
  }

  /** The next answer throws {@code failure} instead of answering. */
  void failNext(Throwable failure) {
    nextFailure.set(failure);
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
  }

  private void awaitGate() {
    try {
      if (!gate.get().await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never resumed answers");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
