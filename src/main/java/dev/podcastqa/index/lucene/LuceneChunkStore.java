package dev.podcastqa.index.lucene;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.EpisodeMark;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * The default {@link ChunkStore}: one local Lucene index, searched densely through {@link
 * LuceneEmbeddingStore} and by BM25 over the same documents (passage text, plus its context at a
 * lower weight).
 */
public final class LuceneChunkStore implements ChunkStore {

  /** Weight of a match in the chapter title context against one in the passage. */
  private static final float CONTEXT_WEIGHT = 0.5f;

  /** Weight of a match in the episode title or podcast name against one in the passage. */
  private static final float EPISODE_WEIGHT = 0.2f;

  private static final java.util.List<String> SEARCHED_FIELDS =
      java.util.List.of(LuceneDocs.TEXT, ChunkSegments.CONTEXT, ChunkSegments.EPISODE);

  private final LuceneIndex index;
  private final LuceneEmbeddingStore embeddings;
  private final QueryBuilder queries;
  private volatile ReaderStatistics statistics;

  private LuceneChunkStore(LuceneIndex index) {
    this.index = index;
    this.embeddings = new LuceneEmbeddingStore(index);
    this.queries = new QueryBuilder(index.analyzer());
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
    if (chunks.size() != vectors.size()) {
      throw new IllegalArgumentException("chunks and vectors differ in number");
    }
    List<Document> documents = new ArrayList<>(chunks.size() + 1);
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      documents.add(
          LuceneDocs.chunk(chunk.id(), vectors.get(i), ChunkSegments.toSegment(chunk, facts)));
    }
    documents.add(
        LuceneDocs.episodeMarker(facts.episodeId(), EpisodeMark.unfingerprinted(contentHash)));
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

  @Override
  public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
    EmbeddingSearchRequest request =
        EmbeddingSearchRequest.builder()
            .queryEmbedding(Embedding.from(vector))
            .maxResults(k)
            .filter(ChunkSegments.toMetadataFilter(filter))
            .build();
    return embeddings.search(request).matches().stream()
        .map(m -> new ScoredChunk(ChunkSegments.toChunk(m.embedded()), m.score()))
        .toList();
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    Query inText = queries.createBooleanQuery(LuceneDocs.TEXT, text);
    if (inText == null) {
      return List.of();
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder().add(inText, BooleanClause.Occur.SHOULD);
    Query inContext = queries.createBooleanQuery(ChunkSegments.CONTEXT, text);
    if (inContext != null) {
      terms.add(new BoostQuery(inContext, CONTEXT_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    Query inEpisode = queries.createBooleanQuery(ChunkSegments.EPISODE, text);
    if (inEpisode != null) {
      terms.add(new BoostQuery(inEpisode, EPISODE_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    Query textQuery = terms.setMinimumNumberShouldMatch(1).build();
    return index.withSearcher(
        searcher -> {
          Query query =
              LuceneDocs.restricted(
                  statistics(searcher).withTermStates(searcher, textQuery), filter);
          TopDocs top = searcher.search(query, k);
          var stored = searcher.storedFields();
          List<ScoredChunk> hits = new ArrayList<>();
          for (ScoreDoc hit : top.scoreDocs) {
            hits.add(
                new ScoredChunk(
                    ChunkSegments.toChunk(LuceneDocs.segment(stored.document(hit.doc))),
                    hit.score));
          }
          return hits;
        });
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

  private boolean startsSomeTerm(org.apache.lucene.search.IndexSearcher searcher, String prefix) {
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
  private ReaderStatistics statistics(org.apache.lucene.search.IndexSearcher searcher)
      throws IOException {
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
    index.close();
  }
}
