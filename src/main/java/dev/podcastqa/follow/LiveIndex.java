package dev.podcastqa.follow;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import java.util.List;
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
 */
public final class LiveIndex {

  private final Catalog catalog;
  private final Indexer indexer;

  public LiveIndex(Catalog catalog, Indexer indexer) {
    this.catalog = catalog;
    this.indexer = indexer;
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
}
