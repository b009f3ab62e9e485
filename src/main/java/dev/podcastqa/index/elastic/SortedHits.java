package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.List;
import java.util.Optional;

/**
 * Tells a sorted search's answer from an answer to a search without a body: every search this store
 * sends sorts its hits, so each hit comes back with its sort values, while a body that never
 * arrived searches everything, unsorted, and its hits have none.
 */
final class SortedHits {

  private SortedHits() {}

  /** Why {@code hits} cannot answer a sorted search, or empty when they can. */
  static Optional<String> unsorted(List<? extends Hit<?>> hits) {
    return hits.stream().anyMatch(hit -> hit.sort().isEmpty())
        ? Optional.of("hits without sort values, as for a search whose body never arrived")
        : Optional.empty();
  }
}
