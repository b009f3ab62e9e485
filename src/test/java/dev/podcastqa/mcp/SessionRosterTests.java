package dev.podcastqa.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.SteppingClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionRosterTests {

  private final SteppingClock clock = new SteppingClock();
  private final SessionRoster sessions = new SessionRoster(3, Duration.ofMinutes(30), clock);

  @Test
  void sessionsFitUntilEveryPlaceIsTaken() {
    assertThat(open("a")).isEmpty();
    assertThat(open("b")).isEmpty();
    assertThat(open("c")).isEmpty();
    assertThat(sessions.size()).isEqualTo(3);
  }

  @Test
  void sessionThatMadeNoCallMakesRoomBeforeOneThatDid() {
    open("client");
    clock.advance(Duration.ofSeconds(1));
    sessions.used("client", true);
    clock.advance(Duration.ofSeconds(1));
    open("flood-1");
    clock.advance(Duration.ofSeconds(1));
    open("flood-2");
    clock.advance(Duration.ofSeconds(1));
    sessions.used("flood-1", false); // a ping keeps it recent, but it is no call
    clock.advance(Duration.ofSeconds(1));

    assertThat(open("flood-3")).hasValue("flood-2");
    clock.advance(Duration.ofSeconds(1));
    assertThat(open("flood-4")).hasValue("flood-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(open("flood-5")).hasValue("flood-3");
    assertThat(sessions.size()).isEqualTo(3);
  }

  @Test
  void whenEverySessionMadeCallsTheLeastRecentlyUsedMakesRoom() {
    for (String id : new String[] {"a", "b", "c"}) {
      open(id);
      sessions.used(id, true);
      clock.advance(Duration.ofSeconds(1));
    }
    sessions.used("a", false);

    assertThat(open("d")).hasValue("b");
  }

  @Test
  void sessionIdlePastTheTransportsHorizonGoesFirstEvenIfItMadeCalls() {
    open("old");
    sessions.used("old", true);
    clock.advance(Duration.ofMinutes(31));
    open("fresh-1");
    clock.advance(Duration.ofSeconds(1));
    open("fresh-2");

    assertThat(open("new")).hasValue("old");
  }

  @Test
  void deletedOrUnknownSessionFreesItsPlaceAndARequestDoesNotBringItBack() {
    open("a");
    open("b");
    open("c");
    sessions.closed("b");
    sessions.used("b", true);
    sessions.used("made-up", true);

    assertThat(open("d")).isEmpty();
  }

  @Test
  void initializeStillBeingAnsweredHoldsItsPlace() {
    open("a");
    clock.advance(Duration.ofSeconds(1));
    open("b");
    SessionRoster.Admission first = sessions.admit();
    assertThat(first.admitted()).isTrue();
    assertThat(first.closing()).isEmpty();

    SessionRoster.Admission second = sessions.admit(); // room made by closing the oldest
    assertThat(second.closing()).hasValue("a");
    SessionRoster.Admission third = sessions.admit();
    assertThat(third.closing()).hasValue("b");
    assertThat(sessions.admit().admitted()).isFalse(); // every place is being opened

    sessions.abandoned();
    assertThat(sessions.admit().admitted()).isTrue();
  }

  private Optional<String> open(String id) {
    SessionRoster.Admission admission = sessions.admit();
    assertThat(admission.admitted()).isTrue();
    sessions.opened(id);
    return admission.closing();
  }
}
