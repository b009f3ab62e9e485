package dev.podcastqa.index.lucene;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.podcastqa.index.ChunkSegments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * LangChain4j's {@link EmbeddingStore} over a Lucene index: vectors in an HNSW graph, segment text
 * and metadata as stored fields, metadata filters applied inside the graph search. Scores are
 * cosine similarities.
 */
final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {

  /**
   * Candidates the HNSW search keeps: each segment walks its graph on a queue of its own, of this
   * size for a search within a filter ({@link SegmentKnnQuery}), sized by the segment's share of
   * the index for a search of every chunk ({@link SegmentQueues}); the best of all segments, as
   * many again, are rescored against the float query, then cut to the k asked for. HNSW with a
   * small queue stops at local optima: over 100k synthetic chunks in segments of 16k, a queue of 10
   * found 90% of the exact ten nearest and one of 100 found 99% (measured with {@code bench}). Over
   * a million synthetic chunks in 18 segments, each segment on a queue of its own, 100 found 96.9%
   * and 50 found 95.8% for 61% of the graph nodes visited (a scratch harness over the bench index,
   * 100 bench questions; see the README), but 50 missed one of the exact ten over 1000 uniformly
   * random vectors in one segment, where 100 found them all ({@code LuceneVersionAndScanTests}).
   * The Elasticsearch store uses the same number as its kNN {@code num_candidates} per shard.
   */
  static final int NUM_CANDIDATES = 100;

  private final LuceneIndex index;

  LuceneEmbeddingStore(LuceneIndex index) {
    this.index = index;
  }

  @Override
  public String add(Embedding embedding) {
    throw new UnsupportedOperationException("chunks are stored with their text segment");
  }

  @Override
  public void add(String id, Embedding embedding) {
    throw new UnsupportedOperationException("chunks are stored with their text segment");
  }

  @Override
  public String add(Embedding embedding, TextSegment segment) {
    String id = segment.metadata().getString(ChunkSegments.CHUNK_ID);
    String chosen = id != null ? id : UUID.randomUUID().toString();
    addAll(List.of(chosen), List.of(embedding), List.of(segment));
    return chosen;
  }

  @Override
  public List<String> addAll(List<Embedding> embeddings) {
    throw new UnsupportedOperationException("chunks are stored with their text segment");
  }

  @Override
  public void addAll(List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
    if (ids.size() != embeddings.size() || ids.size() != segments.size()) {
      throw new IllegalArgumentException("ids, embeddings and segments differ in number");
    }
    try {
      for (int i = 0; i < ids.size(); i++) {
        index
            .writer()
            .addDocument(LuceneDocs.chunk(ids.get(i), embeddings.get(i).vector(), segments.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the index in " + index.folder(), e);
    }
  }

  @Override
  public void removeAll(Collection<String> ids) {
    try {
      for (String id : ids) {
        index.writer().deleteDocuments(new Term(ChunkSegments.CHUNK_ID, id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete from the index in " + index.folder(), e);
    }
  }

  @Override
  public void removeAll(Filter filter) {
    try {
      index.writer().deleteDocuments(LuceneDocs.chunksMatching(filter));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete from the index in " + index.folder(), e);
    }
  }

  @Override
  public void removeAll() {
    removeAll((Filter) null);
  }

  @Override
  public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
    return index.withSearcher(
        searcher -> {
          ScoreDoc[] nearest =
              nearest(
                  searcher,
                  request.queryEmbedding().vector(),
                  request.maxResults(),
                  request.filter(),
                  request.minScore());
          List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
          var stored = searcher.storedFields();
          for (ScoreDoc hit : nearest) {
            TextSegment segment = LuceneDocs.segment(stored.document(hit.doc));
            matches.add(
                new EmbeddingMatch<>(
                    (double) hit.score,
                    segment.metadata().getString(ChunkSegments.CHUNK_ID),
                    null,
                    segment));
          }
          return new EmbeddingSearchResult<>(matches);
        });
  }

  /**
   * The documents of the {@code k} chunks nearest to {@code vector} on {@code searcher}, nearest
   * first, scored by their cosine to the float query; none below {@code minScore}.
   */
  static ScoreDoc[] nearest(
      IndexSearcher searcher, float[] vector, int k, Filter filter, double minScore)
      throws IOException {
    float[] target = LuceneDocs.unit(vector);
    if (!Int8Vectors.hasDirection(target)) {
      // A zero vector has no cosine to anything, so nothing is similar to it.
      return new ScoreDoc[0];
    }
    int candidates = Math.max(NUM_CANDIDATES, k);
    // The graph compares bytes with bytes; the candidates are then rescored on the float query.
    byte[] bytes = Int8Vectors.quantize(target);
    ScoreDoc[] top =
        filter == null
            // Only chunks carry vectors: without a filter the graph search needs no bit set.
            ? SegmentQueues.nearest(searcher, LuceneDocs.VECTOR, bytes, candidates)
            : searcher.search(
                    new SegmentKnnQuery(
                        LuceneDocs.VECTOR, bytes, candidates, LuceneDocs.chunksMatching(filter)),
                    candidates)
                .scoreDocs;
    ScoreDoc[] exact = ExactRescore.rescore(searcher.getIndexReader(), target, top);
    int kept = 0;
    while (kept < Math.min(exact.length, k) && exact[kept].score >= minScore) {
      kept++;
    }
    return Arrays.copyOf(exact, kept);
  }

  /** Deletes an episode's chunks and marker; used before it is written again. */
  void removeEpisode(String episodeId) {
    try {
      index
          .writer()
          .deleteDocuments(
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(ChunkSegments.EPISODE_ID, episodeId)),
                      BooleanClause.Occur.FILTER)
                  .build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete from the index in " + index.folder(), e);
    }
  }
}
