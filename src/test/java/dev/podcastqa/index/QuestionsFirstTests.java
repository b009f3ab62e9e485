package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A question holds a core for a while after its query is embedded, and never longer. */
class QuestionsFirstTests {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final QuestionsFirst questions = new QuestionsFirst(now::get);

  @Test
  void noCoreIsHeldBeforeAnyQuestion() {
    assertThat(questions.held()).isFalse();
  }

  @Test
  void aQuestionHoldsACoreForTheHoldAfterItsQueryEmbedding() {
    questions.asked();
    now.addAndGet(QuestionsFirst.HOLD.toNanos() - 1);
    assertThat(questions.held()).isTrue();
    now.addAndGet(1);
    assertThat(questions.held()).isFalse();
  }

  @Test
  void aLaterQuestionHoldsTheCoreLonger() {
    questions.asked();
    now.addAndGet(QuestionsFirst.HOLD.toNanos() / 2);
    questions.asked();
    now.addAndGet(QuestionsFirst.HOLD.toNanos() - 1);
    assertThat(questions.held()).isTrue();
  }

  @Test
  void waitingEndsAtOnceWhenTheWaiterHasNothingLeftToDo() {
    questions.asked();
    long started = System.nanoTime();
    questions.awaitFree(() -> true);
    assertThat(questions.held()).isTrue();
    assertThat(System.nanoTime() - started).isLessThan(QuestionsFirst.HOLD.toNanos());
  }

  @Test
  void waitingEndsWhenTheHoldRunsOut() {
    QuestionsFirst real = new QuestionsFirst();
    real.asked();
    long started = System.nanoTime();
    real.awaitFree(() -> false);
    assertThat(real.held()).isFalse();
    assertThat(System.nanoTime() - started)
        .isGreaterThanOrEqualTo(QuestionsFirst.HOLD.toNanos() - 5_000_000L);
  }
}
