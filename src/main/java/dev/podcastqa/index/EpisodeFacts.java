package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import java.time.LocalDate;

/** The episode fields a store keeps beside each chunk so that searches can filter on them. */
public record EpisodeFacts(String episodeId, String podcast, LocalDate published) {

  public static EpisodeFacts of(Episode episode) {
    return new EpisodeFacts(episode.id(), episode.podcast(), episode.published());
  }
}
