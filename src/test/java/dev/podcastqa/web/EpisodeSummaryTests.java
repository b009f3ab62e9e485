package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which entries of {@code GET /api/episodes} the episodes page marks "new". */
class EpisodeSummaryTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static boolean recent(LocalDate published) {
    Episode episode =
        new Episode(
            "an-episode",
            "An Episode",
            "A Podcast",
            published,
            null,
            Links.NONE,
            List.of(),
            List.of(),
            "",
            List.of());
    return EpisodeSummary.of(episode, TODAY).recent();
  }

  @Test
  void episodePublishedInTheLastSevenDaysIsRecent() {
    assertThat(recent(TODAY)).isTrue();
    assertThat(recent(TODAY.minusDays(6))).isTrue();
  }

  @Test
  void episodeAWeekOldOrOlderIsNotRecent() {
    assertThat(recent(TODAY.minusDays(7))).isFalse();
    assertThat(recent(LocalDate.of(2023, 6, 18))).isFalse();
  }

  @Test
  void episodeWithoutADateOrDatedInTheFutureIsNotRecent() {
    assertThat(recent(null)).isFalse();
    assertThat(recent(TODAY.plusDays(1))).isFalse();
  }
}
