package dev.podcastqa.follow;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each held feed copy gave when it was last read without a problem, by feed URL and the digest
 * of the copy, so a live update parses again only the copies that changed: the poll's read of a new
 * copy is the update's, and an unchanged copy is not read (nor are its items' transcripts) at all.
 * A read with a problem (a linked file that failed, say) is not kept, so the next update tries it
 * again.
 */
final class FeedReads {

  private final Map<String, Known> known = new ConcurrentHashMap<>();

  /**
   * One copy's read: its drafts and problems, and the linked files (as {@link
   * FeedStore.Use#keys()}) reading it used, so they are not pruned while the copy is held.
   */
  record Known(String hash, List<Draft> drafts, List<Problem> problems, Set<String> linked) {
    Known {
      Objects.requireNonNull(hash, "hash");
      drafts = List.copyOf(drafts);
      problems = List.copyOf(problems);
      linked = Set.copyOf(linked);
    }
  }

  void remember(String url, Known read) {
    known.put(url, read);
  }

  /** The read of {@code url}'s copy whose digest is {@code hash}, when it is known. */
  Optional<Known> find(String url, String hash) {
    return Optional.ofNullable(known.get(url)).filter(k -> k.hash().equals(hash));
  }

  /** Forgets the reads of feeds no longer held. */
  void retainOnly(Set<String> held) {
    known.keySet().retainAll(held);
  }
}
