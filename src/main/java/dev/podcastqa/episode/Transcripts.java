package dev.podcastqa.episode;

import java.util.List;
import java.util.Map;

/**
 * Where each episode's transcript is read from, by episode id: kept in memory after parsing, or
 * decoded from the start-up cache when first asked for, so a restart over a large corpus does not
 * hold every transcript. An episode without a transcript, or one this source does not know, has
 * none (an empty list).
 */
public interface Transcripts {

  /** No episode has a transcript. */
  Transcripts NONE = Kept.of(Map.of());

  /** The episode's transcript segments in order; empty when it has none. */
  List<Segment> of(String episodeId);

  /** Whether the episode has a transcript, known without reading its segments. */
  boolean has(String episodeId);

  /** The transcripts held in {@code byEpisode}, by episode id. */
  static Transcripts kept(Map<String, List<Segment>> byEpisode) {
    return Kept.of(byEpisode);
  }

  /** Transcripts held in memory; episodes without one are left out of the map. */
  record Kept(Map<String, List<Segment>> byEpisode) implements Transcripts {

    public Kept {
      byEpisode = Map.copyOf(byEpisode);
    }

    static Kept of(Map<String, List<Segment>> byEpisode) {
      Map<String, List<Segment>> copy = new java.util.HashMap<>();
      byEpisode.forEach(
          (id, segments) -> {
            if (!segments.isEmpty()) {
              copy.put(id, List.copyOf(segments));
            }
          });
      return new Kept(copy);
    }

    @Override
    public List<Segment> of(String episodeId) {
      return byEpisode.getOrDefault(episodeId, List.of());
    }

    @Override
    public boolean has(String episodeId) {
      return byEpisode.containsKey(episodeId);
    }
  }
}
