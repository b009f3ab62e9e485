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
    String url) {

  static EpisodeSummary of(Episode episode) {
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
        EpisodeUrls.page(episode.id()));
  }

  static String clock(Integer seconds) {
    return seconds == null ? null : Timecode.format(seconds);
  }
}
