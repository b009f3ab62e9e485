package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The counting reads of the chunk index: how many chunks hold each term, whether any term starts
 * with a prefix, how many chunks there are; each from the whole index only ({@link WholeSearches}).
 */
final class ChunkCounts {

  private final ElasticsearchClient client;
  private final String chunks;
  private final WholeSearches searches;

  /** The {@code preference} of every count: null for any copy, or one node's copies. */
  private final String countPreference;

  ChunkCounts(
      ElasticsearchClient client, String chunks, WholeSearches searches, String countPreference) {
    this.client = client;
    this.chunks = chunks;
    this.searches = searches;
    this.countPreference = countPreference;
  }

  Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
    Map<String, Integer> frequencies = new LinkedHashMap<>();
    if (analyzedTerms.isEmpty()) {
      return frequencies;
    }
    Map<String, Query> perTerm = new LinkedHashMap<>();
    for (String term : analyzedTerms) {
      perTerm.put(term, ElasticsearchQueries.holding(term));
    }
    // One request: a filters aggregation counts the chunks holding each term.
    SearchResponse<Void> response =
        searches.run(
            "search",
            chunks,
            () ->
                client.search(
                    s ->
                        s.index(chunks)
                            .size(0)
                            .allowPartialSearchResults(false)
                            .preference(countPreference)
                            .aggregations(
                                "terms", a -> a.filters(f -> f.filters(b -> b.keyed(perTerm)))),
                    Void.class),
            r -> ShardCoverage.of(r.shards(), r.timedOut()),
            r ->
                r.aggregations().get("terms") == null
                    ? Optional.of("no counts, as for a search whose body never arrived")
                    : Optional.empty());
    var buckets = response.aggregations().get("terms").filters().buckets().keyed();
    for (String term : analyzedTerms) {
      var bucket = buckets.get(term);
      frequencies.put(term, bucket == null ? 0 : (int) bucket.docCount());
    }
    return frequencies;
  }

  /**
   * Whether any chunk holds a term starting with {@code prefix}: a search of no hits whose filter
   * aggregation counts them, so that a request whose body never arrived (which would count every
   * chunk) is told by the missing aggregation and asked again.
   */
  boolean hasTermStartingWith(String prefix) {
    Query holding = ElasticsearchQueries.holdingPrefix(prefix);
    SearchResponse<Void> response =
        searches.run(
            "search",
            chunks,
            () ->
                client.search(
                    s ->
                        s.index(chunks)
                            .size(0)
                            .allowPartialSearchResults(false)
                            .preference(countPreference)
                            .aggregations("holding", a -> a.filter(holding)),
                    Void.class),
            r -> ShardCoverage.of(r.shards(), r.timedOut()),
            r ->
                r.aggregations().get("holding") == null
                    ? Optional.of("no count, as for a search whose body never arrived")
                    : Optional.empty());
    return response.aggregations().get("holding").filter().docCount() > 0;
  }

  int chunkCount() {
    return (int)
        searches
            .run(
                "count chunks in",
                chunks,
                () -> client.count(c -> c.index(chunks).preference(countPreference)),
                r -> ShardCoverage.of(r.shards(), false))
            .count();
  }
}
