package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which episodes {@code ingest} names as holding clock times that were not read as times. */
class UnreadTimesTests {

  /** Speaker lines as a published transcript writes them, read as untimed notes today. */
  private static final String DASHED_TURNS =
      "Welcome to the show.\n\nCasey – 00:03:18:\n\nThank you.\n\nStephan – 00:03:40:\n\n"
          + "Of course.\n\nCasey – 00:03:49:\n\nIt is surreal.";

  @Test
  void untimedEpisodeWhoseTextHoldsThreeClockTimesIsNamedWithTheFirst() {
    UnreadTimes unread = UnreadTimes.of(episode(DASHED_TURNS, List.of()), false).orElseThrow();

    assertThat(unread.clocks()).isEqualTo(3);
    assertThat(unread.first()).isEqualTo("00:03:18");
    assertThat(unread.line())
        .startsWith("note: an-episode: its text holds 3 clock times (the first 00:03:18)");
  }

  @Test
  void twoClockTimesAreTakenAsTimesOfDay() {
    String notes = "Doors open at 7:30, the talk starts at 8:00. Tickets at the door.";

    assertThat(UnreadTimes.of(episode(notes, List.of()), false)).isEmpty();
  }

  @Test
  void datesVersionsAndDecimalsAreNoClockTimes() {
    String notes = "Released 2023-02-02 as 1.2.3; ratio 3:2.5; build 12:34:56:78; 10:15.5 s.";

    assertThat(UnreadTimes.of(episode(notes, List.of()), false)).isEmpty();
  }

  @Test
  void anEpisodeWithATimedTranscriptIsNotNamed() {
    assertThat(UnreadTimes.of(episode(DASHED_TURNS, List.of()), true)).isEmpty();
  }

  @Test
  void anEpisodeWithChaptersIsNotNamed() {
    Episode chaptered = episode(DASHED_TURNS, List.of(new Chapter(0, "Intro")));

    assertThat(UnreadTimes.of(chaptered, false)).isEmpty();
  }

  private static Episode episode(String description, List<Chapter> chapters) {
    return new Episode(
        "an-episode",
        "An episode",
        null,
        null,
        null,
        Links.NONE,
        chapters,
        List.of(),
        description,
        List.of(new Source("an-episode.md", "text-with-timestamps")));
  }
}
