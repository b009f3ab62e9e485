package dev.podcastqa.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The episodes the service knows, in corpus order, looked up by id. */
public final class Catalog {

  private final List<Episode> episodes;
  private final Map<String, Episode> byId;

  public Catalog(List<Episode> episodes) {
    this.episodes = List.copyOf(episodes);
    Map<String, Episode> index = new LinkedHashMap<>();
    for (Episode episode : this.episodes) {
      if (index.put(episode.id(), episode) != null) {
        throw new IllegalArgumentException("two episodes share the id " + episode.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  public List<Episode> episodes() {
    return episodes;
  }

  public Optional<Episode> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return episodes.size();
  }
}
