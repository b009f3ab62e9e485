package dev.podcastqa.episode;

import java.util.HashMap;
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
  Transcripts NONE = new Kept(Map.of());

  /** The episode's transcript segments in order; empty when it has none. */
  List<Segment> of(String episodeId);

  /** Whether the episode has a transcript, known without reading its segments. */
  boolean has(String episodeId);

  /** The transcripts held in {@code byEpisode}, by episode id. */
  static Transcripts kept(Map<String, List<Segment>> byEpisode) {
    return new Kept(byEpisode);
  }

  /** Transcripts held in memory; an episode without one is left out of the map. */
  record Kept(Map<String, List<Segment>> byEpisode) implements Transcripts {

    public Kept {
      Map<String, List<Segment>> kept = new HashMap<>();
      byEpisode.forEach(
          (id, segments) -> {
            if (!segments.isEmpty()) {
              kept.put(id, List.copyOf(segments));
            }
          });
      byEpisode = Map.copyOf(kept);
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
