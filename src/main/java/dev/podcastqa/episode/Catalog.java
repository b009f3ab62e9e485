package dev.podcastqa.episode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The episodes the service knows, in corpus order, looked up by id. While the service runs, the
 * followed feeds and the episodes folder may replace the whole list at once; a reader sees either
 * the old list or the new one, never a mix.
 */
public final class Catalog {

  private volatile Snapshot snapshot;

  public Catalog(List<Episode> episodes) {
    this.snapshot = Snapshot.of(episodes);
  }

  public List<Episode> episodes() {
    return snapshot.episodes();
  }

  public Optional<Episode> find(String id) {
    return Optional.ofNullable(snapshot.byId().get(id));
  }

  public int size() {
    return snapshot.episodes().size();
  }

  /**
   * Replaces every episode at once (the live index does it after an update).
   *
   * @throws IllegalArgumentException when two episodes share an id; the catalog is then unchanged
   */
  public void replaceAll(List<Episode> episodes) {
    this.snapshot = Snapshot.of(episodes);
  }

  /** One consistent state of the catalog. */
  private record Snapshot(List<Episode> episodes, Map<String, Episode> byId) {

    static Snapshot of(List<Episode> episodes) {
      List<Episode> list = List.copyOf(episodes);
      Map<String, Episode> index = new LinkedHashMap<>();
      for (Episode episode : list) {
        if (index.put(episode.id(), episode) != null) {
          throw new IllegalArgumentException("two episodes share the id " + episode.id());
        }
      }
      return new Snapshot(list, Map.copyOf(index));
    }
  }
}
