package dev.podcastqa.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.index.EpisodeMark;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects episode writes and removals and sends them in bulk: the stale chunks of every episode
 * that changed or went are deleted, chunk documents go through LangChain4j's store in bulk
 * requests, then the episodes' records (content hash, and the chunker fingerprint when marked).
 * Records go last, so an interrupted write leaves an old hash behind and the episode is embedded
 * again next time; a fingerprint is only ever written with, or after, the hash it belongs to.
 */
final class ChunkWriter {

  /** Buffered chunks that trigger a write before the next commit. */
  static final int FLUSH_CHUNKS = 2000;

  /** Chunk documents per bulk request (about 5 KB each with the vector). */
  static final int BULK_CHUNKS = 500;

  /** Ids per search page and per bulk delete. */
  private static final int PAGE = 1000;

  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;
  private final ElasticsearchErrors errors;
  private final WholeSearches searches;
  private final EmbeddingStore<TextSegment> embeddings;
  private final EnglishTerms terms;
  private final Map<String, Put> puts = new LinkedHashMap<>();
  private final Set<String> removals = new LinkedHashSet<>();
  private final Map<String, EpisodeMark> marks = new LinkedHashMap<>();
  private int buffered;
  private boolean unrefreshed;

  ChunkWriter(
      ElasticsearchClient client,
      ElasticsearchIndices indices,
      ElasticsearchErrors errors,
      WholeSearches searches,
      EmbeddingStore<TextSegment> embeddings,
      EnglishTerms terms) {
    this.client = client;
    this.indices = indices;
    this.errors = errors;
    this.searches = searches;
    this.embeddings = embeddings;
    this.terms = terms;
  }

  void put(EpisodeFacts facts, String hash, List<Chunk> chunks, List<float[]> vectors) {
    if (chunks.size() != vectors.size()) {
      throw new IllegalArgumentException("chunks and vectors differ in number");
    }
    removals.remove(facts.episodeId());
    Put replaced = puts.put(facts.episodeId(), new Put(facts, hash, chunks, List.copyOf(vectors)));
    buffered += chunks.size() - (replaced == null ? 0 : replaced.chunks().size());
    if (buffered >= FLUSH_CHUNKS) {
      flush();
    }
  }

  /** Records the marks with the next flush, after the chunks and hashes buffered before them. */
  void mark(Map<String, EpisodeMark> episodeMarks) {
    marks.putAll(episodeMarks);
  }

  void remove(String episodeId) {
    marks.remove(episodeId);
    Put dropped = puts.remove(episodeId);
    buffered -= dropped == null ? 0 : dropped.chunks().size();
    removals.add(episodeId);
  }

  /** Writes what is buffered and makes every write so far visible to searches. */
  void commit() {
    flush();
    indices.refresh();
    unrefreshed = false;
  }

  private void flush() {
    if (puts.isEmpty() && removals.isEmpty() && marks.isEmpty()) {
      return;
    }
    indices.requireBoth();
    if (unrefreshed) {
      // The search for old chunks sees only refreshed documents; earlier flushes must be seen.
      indices.refresh();
    }
    List<String> cleared = new ArrayList<>(removals);
    cleared.addAll(puts.keySet());
    deleteStaleChunks(cleared);
    writeChunks();
    writeHashes();
    puts.clear();
    removals.clear();
    marks.clear();
    buffered = 0;
    unrefreshed = true;
  }

  /**
   * Deletes the stored chunks of these episodes that the new writes will not overwrite. Found by a
   * search and deleted by id in bulk, since delete-by-query lives in a module (reindex) that not
   * every distribution has.
   */
  private void deleteStaleChunks(List<String> episodeIds) {
    Set<String> rewritten = new HashSet<>();
    puts.values().forEach(p -> p.chunks().forEach(c -> rewritten.add(c.id())));
    List<String> stale = new ArrayList<>();
    for (int from = 0; from < episodeIds.size(); from += PAGE) {
      List<String> slice = episodeIds.subList(from, Math.min(episodeIds.size(), from + PAGE));
      storedChunkIds(slice).stream().filter(id -> !rewritten.contains(id)).forEach(stale::add);
    }
    for (int from = 0; from < stale.size(); from += PAGE) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      stale
          .subList(from, Math.min(stale.size(), from + PAGE))
          .forEach(id -> bulk.operations(op -> op.delete(d -> d.index(indices.chunks()).id(id))));
      send(bulk, "delete old chunks from", indices.chunks());
    }
  }

  /** The ids of every stored chunk of these episodes, read in pages sorted by chunk id. */
  private List<String> storedChunkIds(List<String> episodeIds) {
    List<String> ids = new ArrayList<>();
    List<FieldValue> after = List.of();
    while (true) {
      List<FieldValue> from = after;
      // A partial page would leave stale chunks of a changed episode behind.
      SearchResponse<Void> page =
          searches.run(
              "find old chunks in",
              indices.chunks(),
              () ->
                  client.search(
                      s -> {
                        s.index(indices.chunks())
                            .query(ElasticsearchQueries.episodes(episodeIds))
                            .source(src -> src.fetch(false))
                            .size(PAGE)
                            .allowPartialSearchResults(false)
                            .sort(
                                o ->
                                    o.field(
                                        f ->
                                            f.field(ElasticsearchQueries.CHUNK_ID)
                                                .order(SortOrder.Asc)));
                        return from.isEmpty() ? s : s.searchAfter(from);
                      },
                      Void.class),
              r -> ShardCoverage.of(r.shards(), r.timedOut()),
              r -> SortedHits.unsorted(r.hits().hits()));
      List<Hit<Void>> hits = page.hits().hits();
      hits.forEach(hit -> ids.add(hit.id()));
      if (hits.size() < PAGE) {
        return ids;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  private void writeChunks() {
    List<String> ids = new ArrayList<>();
    List<Embedding> vectors = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    for (Put put : puts.values()) {
      for (int i = 0; i < put.chunks().size(); i++) {
        Chunk chunk = put.chunks().get(i);
        ids.add(chunk.id());
        vectors.add(Embedding.from(put.vectors().get(i)));
        segments.add(segment(chunk, put.facts()));
        if (ids.size() == BULK_CHUNKS) {
          send(ids, vectors, segments);
        }
      }
    }
    send(ids, vectors, segments);
  }

  private void send(List<String> ids, List<Embedding> vectors, List<TextSegment> segments) {
    if (ids.isEmpty()) {
      return;
    }
    try {
      embeddings.addAll(ids, vectors, segments);
    } catch (RuntimeException e) {
      throw errors.translate("write chunks to", indices.chunks(), e);
    }
    ids.clear();
    vectors.clear();
    segments.clear();
  }

  /** The chunk as LangChain4j stores it, plus the BM25 terms of its three searched fields. */
  private TextSegment segment(Chunk chunk, EpisodeFacts facts) {
    TextSegment segment = ChunkSegments.toSegment(chunk, facts);
    segment
        .metadata()
        .put(ElasticsearchQueries.TEXT_TERMS, terms.of(chunk.text()))
        .put(ElasticsearchQueries.CONTEXT_TERMS, terms.of(chunk.context()))
        .put(ElasticsearchQueries.EPISODE_TERMS, terms.of(facts.naming()));
    return segment;
  }

  private void writeHashes() {
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    Map<String, EpisodeMark> unwritten = new LinkedHashMap<>(marks);
    for (Put put : puts.values()) {
      String id = put.facts().episodeId();
      EpisodeMark mark = unwritten.remove(id);
      String fingerprint =
          mark != null && mark.hash().equals(put.hash()) ? mark.fingerprint() : null;
      var record =
          new ElasticsearchIndices.EpisodeRecord(id, put.hash(), put.chunks().size(), fingerprint);
      bulk.operations(op -> op.index(i -> i.index(indices.episodes()).id(id).document(record)));
    }
    // Episodes whose chunks are already stored: their hash and fingerprint, written together.
    unwritten.forEach(
        (id, mark) -> {
          Map<String, String> fields =
              Map.of("hash", mark.hash(), ElasticsearchIndices.FINGERPRINT, mark.fingerprint());
          bulk.operations(
              op -> op.update(u -> u.index(indices.episodes()).id(id).action(a -> a.doc(fields))));
        });
    for (String id : removals) {
      bulk.operations(op -> op.delete(d -> d.index(indices.episodes()).id(id)));
    }
    send(bulk, "write episode hashes to", indices.episodes());
  }

  /** Sends a bulk request; a delete of a document already gone is not a failure. */
  private void send(BulkRequest.Builder bulk, String doing, String index) {
    try {
      BulkResponse response = client.bulk(bulk.build());
      if (response.errors()) {
        for (BulkResponseItem item : response.items()) {
          if (item.error() != null && item.status() != 404) {
            throw errors.rejected(doing, index, item.error().reason());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw errors.translate(doing, index, e);
    }
  }

  /** An episode waiting to be written. */
  private record Put(EpisodeFacts facts, String hash, List<Chunk> chunks, List<float[]> vectors) {}
}
