package dev.podcastqa.episode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The episodes the service knows, in corpus order, looked up by id, and their transcripts, handed
 * out by episode id from where they are kept ({@link Transcripts}: in memory, or the start-up cache
 * that decodes one when it is asked for). While the service runs, the followed feeds and the
 * episodes folder may replace the whole list at once; a reader sees either the old list or the new
 * one, never a mix.
 */
public final class Catalog {

  private volatile State state;

  public Catalog(List<Episode> episodes, Transcripts transcripts) {
    this.state = State.of(episodes, transcripts);
  }

  public List<Episode> episodes() {
    return state.episodes();
  }

  public Optional<Episode> find(String id) {
    return Optional.ofNullable(state.byId().get(id));
  }

  public int size() {
    return state.episodes().size();
  }

  /** The transcript of the episode {@code id}; empty when it has none or is not in the catalog. */
  public List<Segment> transcript(String id) {
    Transcripts from = state.transcripts().get(id);
    return from == null ? List.of() : from.of(id);
  }

  /** Whether the episode {@code id} has a transcript, known without reading it. */
  public boolean hasTranscript(String id) {
    Transcripts from = state.transcripts().get(id);
    return from != null && from.has(id);
  }

  /** The catalog as it is now, to {@link #restore} later. */
  public State state() {
    return state;
  }

  /**
   * Replaces every episode at once (the live index does it after an update).
   *
   * @throws IllegalArgumentException when two episodes share an id; the catalog is then unchanged
   */
  public void replaceAll(List<Episode> episodes, Transcripts transcripts) {
    this.state = State.of(episodes, transcripts);
  }

  /**
   * Adds {@code episodes}, each replacing the one with its id, and keeps the others (the live index
   * shows old and new together while the index is updated).
   */
  public void putAll(List<Episode> episodes, Transcripts transcripts) {
    State before = state;
    Map<String, Episode> both = new LinkedHashMap<>(before.byId().size() + episodes.size());
    before.episodes().forEach(e -> both.put(e.id(), e));
    episodes.forEach(e -> both.put(e.id(), e));
    Map<String, Transcripts> from = new HashMap<>(before.transcripts());
    episodes.forEach(e -> from.put(e.id(), transcripts));
    this.state = new State(new ArrayList<>(both.values()), both, from);
  }

  /** Makes the catalog what it was at {@code earlier}. */
  public void restore(State earlier) {
    this.state = earlier;
  }

  /** One consistent state of the catalog: its episodes and where each one's transcript is kept. */
  public record State(
      List<Episode> episodes, Map<String, Episode> byId, Map<String, Transcripts> transcripts) {

    public State {
      episodes = List.copyOf(episodes);
      byId = Map.copyOf(byId);
      transcripts = Map.copyOf(transcripts);
    }

    static State of(List<Episode> episodes, Transcripts transcripts) {
      Map<String, Episode> index = new LinkedHashMap<>();
      Map<String, Transcripts> from = new HashMap<>();
      for (Episode episode : episodes) {
        if (index.put(episode.id(), episode) != null) {
          throw new IllegalArgumentException("two episodes share the id " + episode.id());
        }
        from.put(episode.id(), transcripts);
      }
      return new State(episodes, index, from);
    }
  }
}
