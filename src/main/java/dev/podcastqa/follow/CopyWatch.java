package dev.podcastqa.follow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Tells whether the copies held of the followed feeds, or the index's commit, differ from those the
 * last update saw: a copy another process's poll wrote (the process that writes the index, seen
 * from one that only searches it; or a second writer on a shared store), one it forgot, a feed
 * followed or dropped since, or that process's commit. Each look reads every followed feed's small
 * state file, not the copies.
 */
final class CopyWatch {

  /** What one look saw: each followed feed's copy digest (null: none held) and the commit. */
  record Look(Map<String, String> digests, String commit) {}

  private final FeedStore store;
  private final Supplier<String> commit;
  private Look seen;

  /**
   * Takes what is there now as seen: the start-up read just read it.
   *
   * @param commit names the index's last commit when it matters (another process writes the index
   *     this one searches); else it gives null
   */
  CopyWatch(FeedStore store, Supplier<String> commit, List<String> urls) {
    this.store = store;
    this.commit = commit;
    this.seen = look(urls);
  }

  Look look(List<String> urls) {
    Map<String, String> digests = new HashMap<>();
    for (String url : urls) {
      digests.put(url, store.holds(url) ? store.state(url).bodyHash() : null);
    }
    return new Look(digests, commit.get());
  }

  /** Whether {@code look} differs from what the last update saw. */
  boolean changed(Look look) {
    return !look.digests().equals(seen.digests()) || !Objects.equals(look.commit(), seen.commit());
  }

  /** Records {@code look}, taken before an update read the sources, as what it saw. */
  void updated(Look look) {
    seen = look;
  }
}
