package dev.podcastqa.index.lucene;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.PairedHits;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The default {@link ChunkStore}: one local Lucene index, searched densely through {@link
 * LuceneEmbeddingStore} and by BM25 over the same documents (passage text, plus its context at a
 * lower weight).
 */
public final class LuceneChunkStore implements ChunkStore {

  private static final java.util.List<String> SEARCHED_FIELDS =
      java.util.List.of(LuceneDocs.TEXT, ChunkSegments.CONTEXT, ChunkSegments.EPISODE);

  private final LuceneIndex index;
  private final LuceneEmbeddingStore embeddings;
  private final LexicalQuery queries;
  private final SegmentParallelism parallelism =
      SegmentParallelism.forCores(Runtime.getRuntime().availableProcessors());
  private volatile ReaderStatistics statistics;
  private final StoredChunks chunks = new StoredChunks();

  private LuceneChunkStore(LuceneIndex index) {
    this.index = index;
    this.embeddings = new LuceneEmbeddingStore(index);
    this.queries = new LexicalQuery(index.analyzer());
  }

  /** Opens (or creates, or rebuilds when stale or corrupt) the index in {@code folder}. */
  public static LuceneChunkStore open(Path folder, EmbeddingChoice model) {
    return new LuceneChunkStore(
        new LuceneIndex(
            folder, Map.of("model", model.id(), "dimension", String.valueOf(model.dimension()))));
  }

  LuceneIndex index() {
    return index;
  }

  /** The LangChain4j view of this store's vectors. */
  public LuceneEmbeddingStore embeddingStore() {
    return embeddings;
  }

  @Override
  public Map<String, String> episodeHashes() {
    Map<String, String> hashes = new HashMap<>();
    episodeMarks().forEach((id, mark) -> hashes.put(id, mark.hash()));
    return hashes;
  }

  /** Read from the episode markers, one document per episode beside its chunks. */
  @Override
  public Map<String, EpisodeMark> episodeMarks() {
    return index.withSearcher(EpisodeMarkers::read);
  }

  /**
   * Replaces the episodes' markers with ones that also hold the fingerprint: the index's next
   * commit writes them with the chunks, so the index and its record of them never disagree.
   */
  @Override
  public void mark(Map<String, EpisodeMark> marks) {
    if (marks.isEmpty()) {
      return;
    }
    try {
      index.writer().deleteDocuments(LuceneDocs.markersOf(marks.keySet()));
      List<org.apache.lucene.document.Document> markers = new ArrayList<>(marks.size());
      marks.forEach((id, mark) -> markers.add(LuceneDocs.episodeMarker(id, mark)));
      index.writer().addDocuments(markers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index in " + index.folder(), e);
    }
  }

  /**
   * Replaces the episode's chunks and marker in one atomic update of the writer (Lucene's {@code
   * updateDocuments}): when a chunk cannot be written, the old episode stays as it was.
   */
  @Override
  public void putEpisode(
      EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors) {
    putEpisode(facts, EpisodeMark.unfingerprinted(contentHash), chunks, vectors);
  }

  /**
   * As {@link #putEpisode(EpisodeFacts, String, List, List)}, the episode's marker holding its
   * whole mark: no later {@link #mark} replaces it, so the reopen that shows the episode applies no
   * delete of markers over every segment, and the new segment holds no deleted marker.
   */
  @Override
  public void putEpisode(
      EpisodeFacts facts, EpisodeMark mark, List<Chunk> chunks, List<float[]> vectors) {
    if (chunks.size() != vectors.size()) {
      throw new IllegalArgumentException("chunks and vectors differ in number");
    }
    List<Document> documents = new ArrayList<>(chunks.size() + 1);
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      documents.add(
          LuceneDocs.chunk(chunk.id(), vectors.get(i), ChunkSegments.toSegment(chunk, facts)));
    }
    documents.add(LuceneDocs.episodeMarker(facts.episodeId(), mark));
    try {
      index
          .writer()
          .updateDocuments(new Term(ChunkSegments.EPISODE_ID, facts.episodeId()), documents);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index in " + index.folder(), e);
    }
  }

  @Override
  public void removeEpisode(String episodeId) {
    embeddings.removeEpisode(episodeId);
  }

  @Override
  public void commit() {
    index.commit();
  }

  /** Reopens searches on the writer's uncommitted segments (Lucene's near-real-time reader). */
  @Override
  public boolean publish() {
    index.refresh();
    return true;
  }

  @Override
  public boolean readOnly() {
    return index.readOnly();
  }

  /** Searched over slices of the segments on every core, as {@link #searchBoth} searches. */
  @Override
  public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
    return index.withSearcher(
        current -> {
          IndexSearcher searcher = filter.episodeId() == null ? parallelism.over(current) : current;
          StoredChunks.Reader stored = chunks.over(current.getIndexReader());
          List<ScoredChunk> hits = new ArrayList<>();
          for (ScoreDoc hit :
              LuceneEmbeddingStore.nearest(
                  searcher, vector, k, ChunkSegments.toMetadataFilter(filter), 0)) {
            hits.add(new ScoredChunk(stored.chunk(hit.doc), hit.score));
          }
          return hits;
        });
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    Query textQuery = lexicalQuery(text);
    if (textQuery == null) {
      return List.of();
    }
    return index.withSearcher(
        searcher -> {
          StoredChunks.Reader stored = chunks.over(searcher.getIndexReader());
          List<ScoredChunk> hits = new ArrayList<>();
          for (ScoreDoc hit : lexical(searcher, textQuery, k, filter)) {
            hits.add(new ScoredChunk(stored.chunk(hit.doc), hit.score));
          }
          return hits;
        });
  }

  /**
   * Both searches on one searcher, each hit's chunk read only when {@code use} asks for it: of the
   * {@code k} hits of each, a caller fusing them keeps a few, and reading a chunk costs about as
   * much as finding it.
   */
  @Override
  public <T> T searchBoth(
      float[] vector, String text, int k, SearchFilter filter, Function<PairedHits, T> use) {
    Query textQuery = lexicalQuery(text);
    return index.withSearcher(
        current -> {
          // Within one episode there is too little to share out.
          IndexSearcher searcher = filter.episodeId() == null ? parallelism.over(current) : current;
          ScoreDoc[] nearest =
              LuceneEmbeddingStore.nearest(
                  searcher, vector, k, ChunkSegments.toMetadataFilter(filter), 0);
          ScoreDoc[] matching =
              textQuery == null ? new ScoreDoc[0] : lexical(searcher, textQuery, k, filter);
          return use.apply(
              new LucenePairedHits(nearest, matching, chunks.over(current.getIndexReader())));
        });
  }

  private Query lexicalQuery(String text) {
    return queries.of(text, LuceneDocs.TEXT, ChunkSegments.CONTEXT, ChunkSegments.EPISODE);
  }

  private ScoreDoc[] lexical(IndexSearcher searcher, Query textQuery, int k, SearchFilter filter)
      throws IOException {
    Query query =
        LuceneDocs.restricted(statistics(searcher).withTermStates(searcher, textQuery), filter);
    // Nothing reads the number of matches: counted only up to k, as Lucene would count the first
    // 1000 exactly before it skips documents that cannot reach the top k (the same top k).
    int hits = Math.min(k, Math.max(1, searcher.getIndexReader().maxDoc()));
    return searcher.search(query, new TopScoreDocCollectorManager(hits, hits)).scoreDocs;
  }

  @Override
  public String version() {
    return index.version();
  }

  @Override
  public Map<String, Integer> documentFrequencies(java.util.Collection<String> analyzedTerms) {
    return index.withSearcher(
        searcher -> statistics(searcher).documentFrequencies(searcher, analyzedTerms));
  }

  @Override
  public boolean hasTermStartingWith(String prefix) {
    return index.withSearcher(
        searcher ->
            statistics(searcher)
                .hasTermStartingWith(prefix, wanted -> startsSomeTerm(searcher, wanted)));
  }

  private boolean startsSomeTerm(IndexSearcher searcher, String prefix) {
    org.apache.lucene.util.BytesRef wanted = new org.apache.lucene.util.BytesRef(prefix);
    try {
      for (String field : SEARCHED_FIELDS) {
        org.apache.lucene.index.Terms terms =
            org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
          continue;
        }
        org.apache.lucene.index.TermsEnum iterator = terms.iterator();
        if (iterator.seekCeil(wanted) != org.apache.lucene.index.TermsEnum.SeekStatus.END
            && org.apache.lucene.util.StringHelper.startsWith(iterator.term(), wanted)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the terms of the index in " + index.folder(), e);
    }
  }

  @Override
  public int chunkCount() {
    return index.withSearcher(searcher -> statistics(searcher).chunks());
  }

  /** The figures counted on {@code searcher}'s reader, counted now when it is a new reader. */
  private ReaderStatistics statistics(IndexSearcher searcher) throws IOException {
    ReaderStatistics known = statistics;
    ReaderStatistics current = ReaderStatistics.of(known, searcher, SEARCHED_FIELDS);
    if (current != known) {
      statistics = current;
    }
    return current;
  }

  @Override
  public String describe() {
    return "Lucene index in " + index.folder();
  }

  @Override
  public void close() {
    parallelism.close();
    index.close();
  }
}
