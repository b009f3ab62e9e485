package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import java.time.LocalDate;

/**
 * The episode fields a store keeps beside each chunk: podcast and date for filters, title and
 * podcast name for the lighter "which episode" BM25 field.
 */
public record EpisodeFacts(String episodeId, String title, String podcast, LocalDate published) {

  public static EpisodeFacts of(Episode episode) {
    return new EpisodeFacts(episode.id(), episode.title(), episode.podcast(), episode.published());
  }

  /**
   * The words that name the episode: its title, podcast and year, searched at a lower weight (so
   * "the 2023 episode" or "the MLST one" finds it).
   */
  public String naming() {
    StringBuilder naming = new StringBuilder(title);
    if (podcast != null) {
      naming.append(" — ").append(podcast);
    }
    if (published != null) {
      naming.append(" — ").append(published.getYear());
    }
    return naming.toString();
  }
}
