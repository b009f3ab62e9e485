package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.json.JsonData;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.podcastqa.index.ChunkSegments;
import java.util.ArrayList;
import java.util.List;

/**
 * The Elasticsearch queries this store sends: kNN over the chunk vectors, BM25 over the analyzed
 * terms of passage, context and episode name with the Lucene store's weights, and metadata filters
 * on the fields LangChain4j writes (strings compared on their {@code .keyword} sub-field), the same
 * for both searches, so both are limited alike.
 */
final class ElasticsearchQueries {

  /** The chunk index's dense_vector field, as LangChain4j writes it. */
  static final String VECTOR = "vector";

  static final String TEXT_TERMS = "textTerms";
  static final String CONTEXT_TERMS = "contextTerms";
  static final String EPISODE_TERMS = "episodeTerms";

  /** The chunk's id, a keyword: what the store sorts ties and pages of chunks by. */
  static final String CHUNK_ID = metadata(ChunkSegments.CHUNK_ID);

  /** Weight of a match in the chapter title context against one in the passage. */
  private static final float CONTEXT_WEIGHT = 0.5f;

  /** Weight of a match in the episode title or podcast name against one in the passage. */
  private static final float EPISODE_WEIGHT = 0.2f;

  private ElasticsearchQueries() {}

  /**
   * Any of {@code terms} in any of the three fields, scores summed over fields like the Lucene
   * store's boolean query, limited by {@code filter} when it is not null.
   */
  static Query lexical(String terms, Filter filter) {
    Query match =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(terms)
                            .type(TextQueryType.MostFields)
                            .fields(
                                metadata(TEXT_TERMS),
                                metadata(CONTEXT_TERMS) + "^" + CONTEXT_WEIGHT,
                                metadata(EPISODE_TERMS) + "^" + EPISODE_WEIGHT)));
    return Query.of(q -> q.bool(b -> b.must(match).filter(filters(filter))));
  }

  /**
   * The {@code candidates} nearest chunks to {@code vector} by cosine similarity in each shard,
   * limited by {@code filter} when it is not null (before the nearest are sought, so a filter never
   * leaves fewer than there are).
   */
  static Query dense(float[] vector, int candidates, Filter filter) {
    List<Float> query = new ArrayList<>(vector.length);
    for (float x : vector) {
      query.add(x);
    }
    return Query.of(
        q ->
            q.knn(
                n ->
                    n.field(VECTOR)
                        .queryVector(query)
                        .numCandidates(candidates)
                        .filter(filters(filter))));
  }

  /** Chunks holding the analyzed {@code term} in any of the three BM25 fields. */
  static Query holding(String term) {
    return anyField(field -> Query.of(q -> q.term(t -> t.field(field).value(term))));
  }

  /** Chunks holding an analyzed term that starts with {@code prefix}, in any BM25 field. */
  static Query holdingPrefix(String prefix) {
    return anyField(field -> Query.of(q -> q.prefix(p -> p.field(field).value(prefix))));
  }

  private static Query anyField(java.util.function.Function<String, Query> perField) {
    List<Query> fields = new ArrayList<>();
    for (String field : List.of(TEXT_TERMS, CONTEXT_TERMS, EPISODE_TERMS)) {
      fields.add(perField.apply(metadata(field)));
    }
    return Query.of(q -> q.bool(b -> b.should(fields).minimumShouldMatch("1")));
  }

  /** Deletes every chunk of the given episodes. */
  static Query episodes(List<String> episodeIds) {
    List<FieldValue> values = episodeIds.stream().map(FieldValue::of).toList();
    return Query.of(
        q -> q.terms(t -> t.field(keyword(ChunkSegments.EPISODE_ID)).terms(v -> v.value(values))));
  }

  /** The filter clauses for {@code filter}, none when it is null; kNN and BM25 use the same. */
  static List<Query> filters(Filter filter) {
    List<Query> parts = new ArrayList<>();
    if (filter != null) {
      collect(filter, parts);
    }
    return parts;
  }

  private static void collect(Filter filter, List<Query> parts) {
    if (filter instanceof And and) {
      collect(and.left(), parts);
      collect(and.right(), parts);
    } else if (filter instanceof IsEqualTo eq && eq.comparisonValue() instanceof String value) {
      parts.add(Query.of(q -> q.term(t -> t.field(keyword(eq.key())).value(value))));
    } else if (filter instanceof IsGreaterThanOrEqualTo ge) {
      JsonData from = JsonData.of(ge.comparisonValue());
      parts.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field(metadata(ge.key())).gte(from)))));
    } else if (filter instanceof IsLessThanOrEqualTo le) {
      JsonData to = JsonData.of(le.comparisonValue());
      parts.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field(metadata(le.key())).lte(to)))));
    } else {
      throw new IllegalArgumentException(
          "filter not supported by the Elasticsearch store: " + filter);
    }
  }

  static String metadata(String key) {
    return "metadata." + key;
  }

  /** LangChain4j compares strings on a {@code .keyword} sub-field; so does this store. */
  static String keyword(String key) {
    return metadata(key) + ".keyword";
  }
}
