package dev.podcastqa.mcp;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Timecode;
import java.time.LocalDate;

/**
 * One entry of {@code list_episodes}: what an agent needs to pick an episode and fetch more of it.
 *
 * @param duration {@code durationSeconds} as {@code hh:mm:ss}, or null when unknown
 * @param chapters how many chapters the episode has
 * @param transcript whether it has a transcript {@code get_transcript} can read
 * @param resource the episode's MCP resource URI
 * @param url the service's page for the episode
 */
record EpisodeListing(
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    String duration,
    int chapters,
    boolean transcript,
    String resource,
    String url) {

  static EpisodeListing of(Episode episode, boolean transcribed, String url) {
    Integer seconds = episode.durationSeconds();
    return new EpisodeListing(
        episode.id(),
        episode.title(),
        episode.podcast(),
        episode.published(),
        seconds,
        seconds == null ? null : Timecode.format(seconds),
        episode.chapters().size(),
        transcribed,
        EpisodeResources.uri(episode.id()),
        url);
  }
}
