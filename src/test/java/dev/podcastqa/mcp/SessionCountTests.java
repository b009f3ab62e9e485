package dev.podcastqa.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.SteppingClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCountTests {

  private final SteppingClock clock = new SteppingClock();
  private final SessionCount sessions = new SessionCount(2, Duration.ofMinutes(60), clock);

  @Test
  void sessionIdleLongerThanTheTransportKeepsItIsNoLongerCounted() {
    sessions.opened("a");
    clock.advance(Duration.ofMinutes(30));
    sessions.opened("b");
    assertThat(sessions.admitsAnother()).isFalse();

    clock.advance(Duration.ofMinutes(31)); // "a" idle 61 minutes, "b" 31
    assertThat(sessions.admitsAnother()).isTrue();
    sessions.opened("c");
    assertThat(sessions.admitsAnother()).isFalse();
  }

  @Test
  void sessionInUseIsCountedAndOneDeletedIsNot() {
    sessions.opened("a");
    sessions.opened("b");
    clock.advance(Duration.ofMinutes(59));
    sessions.used("a");
    clock.advance(Duration.ofMinutes(2));
    assertThat(sessions.admitsAnother()).isTrue(); // "b" forgotten, "a" used a minute ago
    sessions.opened("c");
    assertThat(sessions.admitsAnother()).isFalse();

    sessions.closed("c");
    assertThat(sessions.admitsAnother()).isTrue();
  }

  @Test
  void requestInASessionNeverCountedDoesNotCountIt() {
    sessions.used("made-up");
    sessions.opened("a");
    assertThat(sessions.admitsAnother()).isTrue();
  }
}
