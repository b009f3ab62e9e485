package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
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
    Aggregate terms =
        counted("terms", Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(perTerm)))));
    var buckets = terms.filters().buckets().keyed();
    for (String term : analyzedTerms) {
      var bucket = buckets.get(term);
      frequencies.put(term, bucket == null ? 0 : (int) bucket.docCount());
    }
    return frequencies;
  }

  /** Whether any chunk holds a term starting with {@code prefix}. */
  boolean hasTermStartingWith(String prefix) {
    Query holding = ElasticsearchQueries.holdingPrefix(prefix);
    return counted("holding", Aggregation.of(a -> a.filter(holding))).filter().docCount() > 0;
  }

  /**
   * The aggregation {@code name} of a search of the whole index for no hits: a count sent as a
   * search, so that a request whose body never arrived (which Elasticsearch answers as a search of
   * everything, without the aggregation) is told by the missing aggregation and asked again.
   */
  private Aggregate counted(String name, Aggregation aggregation) {
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
                            .aggregations(name, aggregation),
                    Void.class),
            r -> ShardCoverage.of(r.shards(), r.timedOut()),
            r ->
                r.aggregations().get(name) == null
                    ? Optional.of("no counts, as for a search whose body never arrived")
                    : Optional.empty());
    return response.aggregations().get(name);
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
