package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SearchType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.elasticsearch.Document;
import dev.langchain4j.store.embedding.elasticsearch.ElasticsearchConfigurationKnn;
import dev.langchain4j.store.embedding.elasticsearch.ElasticsearchEmbeddingStore;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ChunkStore} on an Elasticsearch server, for corpora past one machine: dense search
 * through LangChain4j's {@link ElasticsearchEmbeddingStore} with kNN, BM25 as a match query on the
 * same documents, both with the filters pushed down. Nothing that affects results is kept in this
 * process, so any number of instances over one index prefix answer alike.
 */
public final class ElasticsearchChunkStore implements ChunkStore {

  /** Candidates each shard's HNSW search considers; at least {@code k}. */
  private static final int NUM_CANDIDATES = 100;

  /** The Elasticsearch score of a chunk at cosine similarity 0. */
  private static final double MIN_SCORE = 0.5;

  private final ElasticsearchConnection connection;
  private final ElasticsearchErrors errors;
  private final ElasticsearchIndices indices;
  private final EnglishTerms terms = new EnglishTerms();
  private final ChunkWriter writer;

  private ElasticsearchChunkStore(
      ElasticsearchConnection connection,
      ElasticsearchErrors errors,
      ElasticsearchIndices indices) {
    this.connection = connection;
    this.errors = errors;
    this.indices = indices;
    this.writer =
        new ChunkWriter(connection.client(), indices, errors, embeddingStore(null, 0), terms);
  }

  /**
   * Connects and opens the store's indices, creating them when missing.
   *
   * @throws dev.podcastqa.index.StoreUnavailableException when the server cannot be reached or
   *     used, or the index was built for another embedding model
   */
  public static ElasticsearchChunkStore open(
      ElasticsearchSettings settings, EmbeddingChoice model) {
    ElasticsearchConnection connection = new ElasticsearchConnection(settings);
    try {
      ElasticsearchErrors errors = new ElasticsearchErrors(settings);
      return new ElasticsearchChunkStore(
          connection, errors, ElasticsearchIndices.open(connection, errors, model));
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public Map<String, String> episodeHashes() {
    Map<String, String> hashes = new LinkedHashMap<>();
    indices.marks().forEach((id, mark) -> hashes.put(id, mark.hash()));
    return hashes;
  }

  /** Read from the episodes index, where each record holds both. */
  @Override
  public Map<String, EpisodeMark> episodeMarks() {
    return indices.marks();
  }

  @Override
  public void mark(Map<String, EpisodeMark> marks) {
    writer.mark(marks);
  }

  @Override
  public void putEpisode(
      EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors) {
    writer.put(facts, contentHash, chunks, vectors);
  }

  @Override
  public void removeEpisode(String episodeId) {
    writer.remove(episodeId);
  }

  @Override
  public void commit() {
    writer.commit();
  }

  @Override
  public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
    EmbeddingSearchRequest request =
        EmbeddingSearchRequest.builder()
            .queryEmbedding(Embedding.from(vector))
            .maxResults(k)
            // Score (1 + c) / 2 of 0.5 is cosine 0: opposite-leaning chunks are left out, as in
            // the Lucene store.
            .minScore(MIN_SCORE)
            .filter(ChunkSegments.toMetadataFilter(filter))
            .build();
    List<EmbeddingMatch<TextSegment>> matches;
    try {
      matches = embeddingStore(preference(Arrays.hashCode(vector)), k).search(request).matches();
    } catch (RuntimeException e) {
      throw errors.translate("search", indices.chunks(), e);
    }
    List<ScoredChunk> hits = new ArrayList<>(matches.size());
    for (EmbeddingMatch<TextSegment> match : matches) {
      // Elasticsearch scores cosine similarity c as (1 + c) / 2.
      double cosine = 2.0 * match.score() - 1.0;
      hits.add(new ScoredChunk(ChunkSegments.toChunk(match.embedded()), cosine));
    }
    return hits;
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    String analyzed = terms.of(text);
    if (analyzed.isEmpty()) {
      return List.of();
    }
    SearchResponse<Document> response;
    try {
      response =
          connection
              .client()
              .search(
                  s ->
                      s.index(indices.chunks())
                          .query(
                              ElasticsearchQueries.lexical(
                                  analyzed, ChunkSegments.toMetadataFilter(filter)))
                          .size(k)
                          // Index-wide term statistics, so BM25 does not depend on sharding.
                          .searchType(SearchType.DfsQueryThenFetch)
                          .preference(preference(text.hashCode())),
                  Document.class);
    } catch (IOException | RuntimeException e) {
      throw errors.translate("search", indices.chunks(), e);
    }
    List<ScoredChunk> hits = new ArrayList<>();
    for (Hit<Document> hit : response.hits().hits()) {
      Document doc = hit.source();
      TextSegment segment = TextSegment.from(doc.getText(), new Metadata(doc.getMetadata()));
      hits.add(new ScoredChunk(ChunkSegments.toChunk(segment), hit.score()));
    }
    return hits;
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
    Map<String, Integer> frequencies = new LinkedHashMap<>();
    if (analyzedTerms.isEmpty()) {
      return frequencies;
    }
    Map<String, Query> perTerm = new LinkedHashMap<>();
    for (String term : analyzedTerms) {
      perTerm.put(term, ElasticsearchQueries.holding(term));
    }
    try {
      // One request: a filters aggregation counts the chunks holding each term.
      SearchResponse<Void> response =
          connection
              .client()
              .search(
                  s ->
                      s.index(indices.chunks())
                          .size(0)
                          .aggregations(
                              "terms", a -> a.filters(f -> f.filters(b -> b.keyed(perTerm)))),
                  Void.class);
      var buckets = response.aggregations().get("terms").filters().buckets().keyed();
      for (String term : analyzedTerms) {
        var bucket = buckets.get(term);
        frequencies.put(term, bucket == null ? 0 : (int) bucket.docCount());
      }
      return frequencies;
    } catch (IOException | RuntimeException e) {
      throw errors.translate("search", indices.chunks(), e);
    }
  }

  @Override
  public boolean hasTermStartingWith(String prefix) {
    try {
      return connection
              .client()
              .count(
                  c -> c.index(indices.chunks()).query(ElasticsearchQueries.holdingPrefix(prefix)))
              .count()
          > 0;
    } catch (IOException | RuntimeException e) {
      throw errors.translate("search", indices.chunks(), e);
    }
  }

  @Override
  public int chunkCount() {
    try {
      return (int) connection.client().count(c -> c.index(indices.chunks())).count();
    } catch (IOException | RuntimeException e) {
      throw errors.translate("count chunks in", indices.chunks(), e);
    }
  }

  @Override
  public String describe() {
    return "Elasticsearch index " + indices.chunks() + " at " + connection.settings().url();
  }

  @Override
  public void close() {
    connection.close();
  }

  /**
   * LangChain4j's store over the chunk index. Searches carry a {@code preference} derived from the
   * question, so a question is always answered by the same shard copies, whichever instance asks.
   */
  private ElasticsearchEmbeddingStore embeddingStore(String preference, int k) {
    ElasticsearchClient client = connection.client();
    if (preference != null) {
      client = client.withTransportOptions(o -> o.setParameter("preference", preference));
    }
    ElasticsearchConfigurationKnn knn =
        ElasticsearchConfigurationKnn.builder().numCandidates(Math.max(NUM_CANDIDATES, k)).build();
    return new ElasticsearchEmbeddingStore(knn, client, indices.chunks());
  }

  private static String preference(int questionHash) {
    return "q" + Integer.toHexString(questionHash);
  }
}
