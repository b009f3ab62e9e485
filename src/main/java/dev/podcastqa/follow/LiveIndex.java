package dev.podcastqa.follow;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Brings the running catalog and index to a new list of episodes: new and changed episodes are
 * chunked, embedded and written, gone ones removed, and the store committed once, while questions
 * go on being answered from what searches found before; the writes are searchable (Lucene's
 * near-real-time reader) just before that commit makes them durable. An episode is in the catalog
 * before its passages can be found, and leaves it only after they are gone. Called from one thread
 * at a time.
 *
 * <p>When another process writes the index (this one opened it read-only), only the catalog is
 * brought in line ({@link #show}): that process embeds, and searches here follow its commits.
 */
public final class LiveIndex {

  private final Catalog catalog;
  private final Indexer indexer;
  private final ChunkStore store;

  /**
   * @param store the store {@code indexer} writes
   */
  public LiveIndex(Catalog catalog, Indexer indexer, ChunkStore store) {
    this.catalog = catalog;
    this.indexer = indexer;
    this.store = store;
  }

  /** Whether another process writes the index, so this one only searches it ({@link #show}). */
  boolean readOnly() {
    return store.readOnly();
  }

  /** Names the index's last commit (the writing process's, when read-only); null: unknown. */
  String indexVersion() {
    return store.version();
  }

  /** What one update did: the index's report and the ids that came and went. */
  public record Update(IndexReport report, List<String> added, List<String> removed) {
    public Update {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /** Makes {@code episodes}, with their transcripts, the catalog's and the index's episodes. */
  public Update apply(List<Episode> episodes, Transcripts transcripts) {
    return apply(episodes, transcripts, (added, removed) -> {});
  }

  /**
   * Makes {@code episodes}, with their transcripts, the catalog's and the index's episodes, telling
   * {@code searchable} which episodes came and went as soon as questions find them (the commit that
   * makes the writes durable may follow).
   */
  public Update apply(
      List<Episode> episodes,
      Transcripts transcripts,
      BiConsumer<List<String>, List<String>> searchable) {
    Catalog.State earlier = catalog.state();
    List<Episode> before = earlier.episodes();
    Set<String> old = before.stream().map(Episode::id).collect(Collectors.toSet());
    Set<String> now = episodes.stream().map(Episode::id).collect(Collectors.toSet());
    List<String> added =
        episodes.stream().map(Episode::id).filter(id -> !old.contains(id)).toList();
    List<String> removed =
        before.stream().map(Episode::id).filter(id -> !now.contains(id)).toList();
    catalog.putAll(episodes, transcripts);
    AtomicBoolean shown = new AtomicBoolean();
    IndexReport report;
    try {
      report =
          indexer.sync(
              episodes,
              transcripts,
              () -> {
                catalog.replaceAll(episodes, transcripts);
                shown.set(true);
                searchable.accept(added, removed);
              });
    } catch (RuntimeException e) {
      if (!shown.get()) {
        catalog.restore(earlier);
      }
      throw e;
    }
    return new Update(report, added, removed);
  }

  /**
   * For a process that only searches the index another process writes: makes {@code episodes} the
   * catalog's, writing nothing. An episode no longer read stays while the index still holds it (a
   * passage found must have its episode in the catalog) and goes at the first call once that
   * process has removed it; the caller calls again when the index's version changes.
   */
  Update show(List<Episode> episodes, Transcripts transcripts) {
    long started = System.nanoTime();
    Catalog.State earlier = catalog.state();
    Set<String> held = store.episodeHashes().keySet();
    List<Episode> all = new ArrayList<>(episodes);
    Map<String, Episode> byId = new LinkedHashMap<>();
    Map<String, Transcripts> from = new HashMap<>();
    for (Episode episode : episodes) {
      if (byId.put(episode.id(), episode) != null) {
        throw new IllegalArgumentException("two episodes share the id " + episode.id());
      }
      from.put(episode.id(), transcripts);
    }
    for (Episode episode : earlier.episodes()) {
      if (!byId.containsKey(episode.id()) && held.contains(episode.id())) {
        all.add(episode);
        byId.put(episode.id(), episode);
        from.put(episode.id(), earlier.transcripts().get(episode.id()));
      }
    }
    catalog.restore(new Catalog.State(all, byId, from));
    List<String> added =
        all.stream().map(Episode::id).filter(id -> !earlier.byId().containsKey(id)).toList();
    List<String> removed =
        earlier.episodes().stream().map(Episode::id).filter(id -> !byId.containsKey(id)).toList();
    IndexReport report =
        new IndexReport(
            0,
            episodes.size(),
            0,
            0,
            store.chunkCount(),
            (System.nanoTime() - started) / 1_000_000);
    return new Update(report, added, removed);
  }
}
