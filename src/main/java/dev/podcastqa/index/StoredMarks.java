package dev.podcastqa.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The marks (content hash and chunker fingerprint) a store holds for its episodes, as one indexer
 * sees them: read from the store, then kept as the indexer left them for as long as the store has
 * not committed since, so a process that syncs again and again (the feed follower) does not read
 * every mark each time. They can be read ahead, beside other work, for an indexer made later.
 */
public final class StoredMarks {

  private final ChunkStore store;

  /** The store's marks as this indexer left them, at the store's version then. */
  private volatile Seen seen;

  StoredMarks(ChunkStore store) {
    this.store = store;
  }

  /**
   * The marks {@code store} holds, read now (start-up reads them on the thread that opened the
   * store, while the corpus is read); an indexer made on them reads them again only once the store
   * has committed since, or when it cannot name its commits.
   */
  public static StoredMarks readAhead(ChunkStore store) {
    StoredMarks marks = new StoredMarks(store);
    String version = store.version();
    marks.seen = new Seen(version, Map.copyOf(store.episodeMarks()));
    return marks;
  }

  /** The store these marks are read from. */
  ChunkStore store() {
    return store;
  }

  /** Every episode's mark in the store now. */
  Map<String, EpisodeMark> read() {
    Seen last = seen;
    String version = store.version();
    return last != null && version != null && version.equals(last.version())
        ? last.marks()
        : store.episodeMarks();
  }

  /**
   * Hands the store, to be committed with the chunks, the marks in {@code now} (each episode's, by
   * id) that name a fingerprint and differ from those {@code stored}, but for the episodes {@code
   * written} in this sync, whose marks were written with their chunks; returns the marks of both
   * that name a fingerprint.
   */
  Map<String, EpisodeMark> record(
      Map<String, EpisodeMark> now, Map<String, EpisodeMark> stored, Set<String> written) {
    Map<String, EpisodeMark> changed = new HashMap<>();
    Map<String, EpisodeMark> recorded = new HashMap<>();
    now.forEach(
        (id, mark) -> {
          if (mark.fingerprint().isEmpty()) {
            return;
          }
          if (written.contains(id)) {
            recorded.put(id, mark);
          } else if (!mark.equals(stored.get(id))) {
            changed.put(id, mark);
          }
        });
    if (!changed.isEmpty()) {
      store.mark(changed);
    }
    recorded.putAll(changed);
    return recorded;
  }

  /**
   * Notes what the store holds after a committed sync: the {@code recorded} marks, and for the
   * other episodes of {@code now} their {@code stored} mark, but no fingerprint for those {@code
   * written} again or new (writing an episode clears its fingerprint).
   */
  void remember(
      Map<String, EpisodeMark> now,
      Map<String, EpisodeMark> stored,
      Set<String> written,
      Map<String, EpisodeMark> recorded) {
    Map<String, EpisodeMark> after = new HashMap<>();
    now.forEach(
        (id, mark) -> {
          EpisodeMark before = stored.get(id);
          EpisodeMark kept =
              written.contains(id) || before == null
                  ? EpisodeMark.unfingerprinted(mark.hash())
                  : before;
          after.put(id, recorded.getOrDefault(id, kept));
        });
    seen = new Seen(store.version(), Map.copyOf(after));
  }

  /** The store's marks at one of its versions. */
  private record Seen(String version, Map<String, EpisodeMark> marks) {}
}
