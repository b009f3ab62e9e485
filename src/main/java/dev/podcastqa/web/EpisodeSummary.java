package dev.podcastqa.web;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Timecode;
import java.time.LocalDate;

/**
 * One entry of {@code GET /api/episodes}: what a list needs to show and link an episode.
 *
 * @param duration {@code durationSeconds} as {@code hh:mm:ss}, or null when unknown
 * @param url the service's page for the episode
 * @param recent whether it was published in the last {@link #RECENT_DAYS} days (the episodes page
 *     marks it "new"); false when its date is unknown
 */
record EpisodeSummary(
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    String duration,
    Links links,
    int chapterCount,
    int referenceCount,
    String url,
    boolean recent) {

  /** How many days an episode counts as new after it was published. */
  static final int RECENT_DAYS = 7;

  /** The entry of {@code episode}, recent or not as of {@code today}. */
  static EpisodeSummary of(Episode episode, LocalDate today) {
    return new EpisodeSummary(
        episode.id(),
        episode.title(),
        episode.podcast(),
        episode.published(),
        episode.durationSeconds(),
        clock(episode.durationSeconds()),
        episode.links(),
        episode.chapters().size(),
        episode.references().size(),
        EpisodeUrls.page(episode.id()),
        recent(episode.published(), today));
  }

  private static boolean recent(LocalDate published, LocalDate today) {
    return published != null
        && !published.isAfter(today)
        && published.isAfter(today.minusDays(RECENT_DAYS));
  }

  static String clock(Integer seconds) {
    return seconds == null ? null : Timecode.format(seconds);
  }
}
