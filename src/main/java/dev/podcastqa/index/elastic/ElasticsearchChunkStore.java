package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch._types.SearchType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A {@link ChunkStore} on an Elasticsearch server, for corpora past one machine: chunks written
 * through LangChain4j's {@link ElasticsearchEmbeddingStore}, dense search as a kNN query and BM25
 * as a match query on the same documents, both with the filters pushed down and sent by this store
 * itself, so that a result from part of the index ({@link WholeSearches}) is never used. Nothing
 * that affects results is kept in this process, so any number of instances over one index prefix
 * answer alike.
 */
public final class ElasticsearchChunkStore implements ChunkStore {

  /** Candidates each shard's HNSW search considers; at least {@code k}. */
  private static final int NUM_CANDIDATES = 100;

  /** The Elasticsearch score of a chunk at cosine similarity 0. */
  private static final double MIN_SCORE = 0.5;

  private final ElasticsearchConnection connection;
  private final ElasticsearchIndices indices;
  private final EnglishTerms terms = new EnglishTerms();
  private final ChunkWriter writer;
  private final WholeSearches searches;
  private final ChunkCounts counts;

  /** The one node whose shard copies answer every search, or null for the question's copies. */
  private final String onlyNode;

  private ElasticsearchChunkStore(
      ElasticsearchConnection connection,
      ElasticsearchErrors errors,
      WholeSearches searches,
      ElasticsearchIndices indices,
      String onlyNode) {
    this.connection = connection;
    this.indices = indices;
    this.searches = searches;
    this.onlyNode = onlyNode;
    // Counts are alike on every copy: any may answer, unless one node is to answer all.
    this.counts =
        new ChunkCounts(
            connection.client(),
            indices.chunks(),
            searches,
            onlyNode == null ? null : "_only_nodes:" + onlyNode);
    this.writer =
        new ChunkWriter(connection.client(), indices, errors, searches, writingStore(), terms);
  }

  /**
   * Connects and opens the store's indices, creating them when missing.
   *
   * @throws dev.podcastqa.index.StoreUnavailableException when the server cannot be reached or
   *     used, or the index was built for another embedding model
   */
  public static ElasticsearchChunkStore open(
      ElasticsearchSettings settings, EmbeddingChoice model) {
    return open(settings, model, null);
  }

  /**
   * Opens the store so that every search reads the shard copies on the node named {@code node}
   * alone: to check that each copy of an index answers alike, which failing over from one node to
   * another relies on.
   */
  public static ElasticsearchChunkStore openReadingFrom(
      ElasticsearchSettings settings, EmbeddingChoice model, String node) {
    if (node == null || !node.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a node name: " + node);
    }
    return open(settings, model, node);
  }

  private static ElasticsearchChunkStore open(
      ElasticsearchSettings settings, EmbeddingChoice model, String onlyNode) {
    ElasticsearchConnection connection = new ElasticsearchConnection(settings);
    try {
      ElasticsearchErrors errors = new ElasticsearchErrors(settings);
      WholeSearches searches = new WholeSearches(errors);
      return new ElasticsearchChunkStore(
          connection,
          errors,
          searches,
          ElasticsearchIndices.open(connection, errors, searches, model),
          onlyNode);
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
    Query knn =
        ElasticsearchQueries.dense(
            vector, Math.max(NUM_CANDIDATES, k), ChunkSegments.toMetadataFilter(filter));
    List<ScoredChunk> hits = new ArrayList<>();
    // Score (1 + c) / 2 of 0.5 is cosine 0: opposite-leaning chunks are left out, as in the
    // Lucene store.
    for (Hit<Document> hit :
        searchChunks(k, Arrays.hashCode(vector), s -> s.query(knn).minScore(MIN_SCORE))) {
      // Elasticsearch scores cosine similarity c as (1 + c) / 2.
      hits.add(new ScoredChunk(chunk(hit), 2.0 * hit.score() - 1.0));
    }
    return hits;
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    String analyzed = terms.of(text);
    if (analyzed.isEmpty()) {
      return List.of();
    }
    Query query = ElasticsearchQueries.lexical(analyzed, ChunkSegments.toMetadataFilter(filter));
    List<ScoredChunk> hits = new ArrayList<>();
    // Index-wide term statistics, so BM25 does not depend on sharding.
    for (Hit<Document> hit :
        searchChunks(
            k, text.hashCode(), s -> s.query(query).searchType(SearchType.DfsQueryThenFetch))) {
      hits.add(new ScoredChunk(chunk(hit), hit.score()));
    }
    return hits;
  }

  /**
   * The best {@code k} chunks of a search shaped by {@code query}, from the whole index only, read
   * from the shard copies the question's {@code questionHash} picks. Equal scores are ordered by
   * chunk id: Elasticsearch would order them by Lucene document number, which differs between the
   * copies of a shard (each merges its segments on its own), so a tie could come out in another
   * order, and fuse to another answer, when a question fails over to the other copy.
   */
  private List<Hit<Document>> searchChunks(
      int k, int questionHash, UnaryOperator<SearchRequest.Builder> query) {
    return searches
        .run(
            "search",
            indices.chunks(),
            () ->
                connection
                    .client()
                    .search(
                        s ->
                            query.apply(
                                s.index(indices.chunks())
                                    .size(k)
                                    .allowPartialSearchResults(false)
                                    .preference(preference(questionHash))
                                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                    .sort(
                                        o ->
                                            o.field(
                                                f ->
                                                    f.field(ElasticsearchQueries.CHUNK_ID)
                                                        .order(SortOrder.Asc)))),
                        Document.class),
            ElasticsearchChunkStore::coverage,
            response -> SortedHits.unsorted(response.hits().hits()))
        .hits()
        .hits();
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
    return counts.documentFrequencies(analyzedTerms);
  }

  @Override
  public boolean hasTermStartingWith(String prefix) {
    return counts.hasTermStartingWith(prefix);
  }

  @Override
  public int chunkCount() {
    return counts.chunkCount();
  }

  @Override
  public String describe() {
    return "Elasticsearch index " + indices.chunks() + " at " + connection.settings().url();
  }

  @Override
  public void close() {
    connection.close();
  }

  /** LangChain4j's store over the chunk index, which writes the chunk documents. */
  private ElasticsearchEmbeddingStore writingStore() {
    ElasticsearchConfigurationKnn knn =
        ElasticsearchConfigurationKnn.builder().numCandidates(NUM_CANDIDATES).build();
    return new ElasticsearchEmbeddingStore(knn, connection.client(), indices.chunks());
  }

  private static ShardCoverage coverage(SearchResponse<?> response) {
    return ShardCoverage.of(response.shards(), response.timedOut());
  }

  private static Chunk chunk(Hit<Document> hit) {
    Document doc = hit.source();
    return ChunkSegments.toChunk(TextSegment.from(doc.getText(), new Metadata(doc.getMetadata())));
  }

  /**
   * The search's {@code preference}, derived from the question: a question is always answered by
   * the same shard copies while they live, whichever instance asks.
   */
  private String preference(int questionHash) {
    if (onlyNode != null) {
      return "_only_nodes:" + onlyNode;
    }
    return "q" + Integer.toHexString(questionHash);
  }
}
