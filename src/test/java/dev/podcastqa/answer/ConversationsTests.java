package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.testing.SteppingClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConversationsTests {

  private final SteppingClock clock = new SteppingClock();

  @Test
  void conversationRemembersItsTurnsOldestFirst() {
    Conversations memory = new Conversations(6, Duration.ofMinutes(30), 10, clock);

    memory.remember("c-1", turn("What is grokking?"));
    memory.remember("c-1", turn("When did he say that?"));

    assertThat(memory.history("c-1"))
        .extracting(Turn::question)
        .containsExactly("What is grokking?", "When did he say that?");
    assertThat(memory.history("c-2")).isEmpty();
  }

  @Test
  void conversationKeepsOnlyItsLastTurns() {
    Conversations memory = new Conversations(2, Duration.ofMinutes(30), 10, clock);

    for (int i = 1; i <= 5; i++) {
      memory.remember("c-1", turn("question " + i));
    }

    assertThat(memory.history("c-1"))
        .extracting(Turn::question)
        .containsExactly("question 4", "question 5");
  }

  @Test
  void conversationIsForgottenAfterItsTimeToLiveWithoutQuestions() {
    Conversations memory = new Conversations(6, Duration.ofMinutes(30), 10, clock);
    memory.remember("c-1", turn("What is grokking?"));

    clock.advance(Duration.ofMinutes(29));
    assertThat(memory.history("c-1")).as("alive within the time-to-live").hasSize(1);
    clock.advance(Duration.ofMinutes(29));
    assertThat(memory.history("c-1")).as("reading it counts as use").hasSize(1);
    clock.advance(Duration.ofMinutes(31));

    assertThat(memory.history("c-1")).isEmpty();
    assertThat(memory.size()).isZero();
  }

  @Test
  void capDropsAnOlderConversationAndKeepsTheNewest() {
    Conversations memory = new Conversations(6, Duration.ofMinutes(30), 2, clock);
    memory.remember("c-1", turn("first"));
    clock.advance(Duration.ofSeconds(1));
    memory.remember("c-2", turn("second"));
    clock.advance(Duration.ofSeconds(1));

    memory.remember("c-3", turn("third"));

    assertThat(memory.size()).isEqualTo(2);
    assertThat(memory.history("c-3")).hasSize(1);
    assertThat(List.of(memory.history("c-1"), memory.history("c-2")))
        .as("exactly one of the older two is gone")
        .filteredOn(List::isEmpty)
        .hasSize(1);
  }

  @Test
  void turnKeepsAnAnswerWithoutMarkersAndShortened() {
    Turn turn = new Turn("q", "q", "Grokking is sudden [1]. It is odd [2][3]." + "x".repeat(2000));

    assertThat(turn.answer()).startsWith("Grokking is sudden. It is odd.");
    assertThat(turn.answer()).hasSize(Turn.MAX_ANSWER + 1).endsWith("…");
  }

  @Test
  void manyThreadsRememberAtOnceWithinTheBounds() throws Exception {
    Conversations memory = new Conversations(3, Duration.ofMinutes(30), 50, clock);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    String id = "c-" + ((thread * 500 + i) % 120);
                    memory.remember(id, turn("q" + i));
                    assertThat(memory.history(id).size()).isBetween(0, 3);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    assertThat(memory.size()).isEqualTo(50);
  }

  @Test
  void boundsMustBePositive() {
    assertThatThrownBy(() -> new Conversations(0, Duration.ofMinutes(1), 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Conversations(1, Duration.ZERO, 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Turn turn(String question) {
    return new Turn(question, question, "An answer [1].");
  }
}
