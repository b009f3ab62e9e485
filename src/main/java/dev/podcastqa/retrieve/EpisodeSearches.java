package dev.podcastqa.retrieve;

import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.PairedHits;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The searches within one episode that one answer makes, each made once. An answer looks into the
 * episode it cites several times: for the moment of each quoted chapter title or show-note line,
 * for the moment that answers best, for the answer after each quoted question. Each of those runs
 * both searches over the whole episode for the same question and vector and keeps a span of seconds
 * or the first few; so each search's best chunks are kept, and a later look for as many or fewer is
 * served from them. A search ranks by score and then by document, so its first {@code k} of more
 * are exactly what a search for {@code k} returns. Not thread-safe: one per answer.
 */
public final class EpisodeSearches {

  private final ChunkStore store;
  private final Map<Key, Found> dense = new HashMap<>();
  private final Map<Key, Found> lexical = new HashMap<>();

  EpisodeSearches(ChunkStore store) {
    this.store = store;
  }

  /**
   * The transcript passages of {@code episodeId} starting in {@code [from, to)} seconds, best first
   * for {@code retrieval}'s question; as {@link HybridRetriever#transcriptWithin(Retrieval, String,
   * int, int)}.
   */
  public List<Passage> transcriptWithin(Retrieval retrieval, String episodeId, int from, int to) {
    int k = HybridRetriever.SPAN_CANDIDATES;
    List<Passage> found = transcriptWithin(retrieval, episodeId, from, to, k);
    return found.subList(0, Math.min(k, found.size()));
  }

  /**
   * The transcript passages of {@code episodeId} starting in {@code [from, to)} seconds among the
   * {@code k} best chunks of each search within the episode for {@code retrieval}'s question,
   * fused, best first; as {@link HybridRetriever#transcriptWithin(Retrieval, String, int, int,
   * int)}.
   */
  public List<Passage> transcriptWithin(
      Retrieval retrieval, String episodeId, int from, int to, int k) {
    SearchFilter episode = new SearchFilter(episodeId, null, null, null);
    float[] vector = retrieval.questionVector();
    String question = retrieval.question();
    Key denseKey = new Key(null, vector, episodeId);
    Key lexicalKey = new Key(question, null, episodeId);
    if (!covered(dense, denseKey, k) && !covered(lexical, lexicalKey, k)) {
      // Both searches at once read each chunk they share once.
      store.searchBoth(
          vector,
          question,
          k,
          episode,
          hits -> {
            dense.put(denseKey, new Found(k, read(hits, hits.dense())));
            return lexical.put(lexicalKey, new Found(k, read(hits, hits.lexical())));
          });
    }
    List<ScoredChunk> nearest = first(dense, denseKey, k, n -> store.dense(vector, n, episode));
    List<ScoredChunk> matching =
        first(lexical, lexicalKey, k, n -> store.lexical(question, n, episode));
    return HybridRetriever.fuse(inSpan(nearest, from, to), inSpan(matching, from, to), 2 * k);
  }

  /** The first {@code k} chunks of the search {@code key} names, searched only when not known. */
  private static List<ScoredChunk> first(
      Map<Key, Found> known, Key key, int k, IntFunction<List<ScoredChunk>> search) {
    Found found = known.get(key);
    if (found == null || !found.covers(k)) {
      found = new Found(k, search.apply(k));
      known.put(key, found);
    }
    return found.hits().subList(0, Math.min(k, found.hits().size()));
  }

  private static boolean covered(Map<Key, Found> known, Key key, int k) {
    Found found = known.get(key);
    return found != null && found.covers(k);
  }

  private static List<ScoredChunk> read(PairedHits hits, List<PairedHits.Hit> found) {
    return found.stream().map(h -> new ScoredChunk(hits.chunk(h.key()), h.score())).toList();
  }

  private static List<ScoredChunk> inSpan(List<ScoredChunk> hits, int from, int to) {
    return hits.stream()
        .filter(h -> h.chunk().kind() == ChunkKind.TRANSCRIPT)
        .filter(h -> h.chunk().startSeconds() >= from && h.chunk().startSeconds() < to)
        .toList();
  }

  /**
   * One search: its question (lexical) or vector (dense, the same array), and episode. The vector
   * is compared by identity: one answer's searches all share its retrieval's array.
   */
  private record Key(String question, float[] vector, String episodeId) {}

  /** The best chunks a search for {@code asked} returned. */
  private record Found(int asked, List<ScoredChunk> hits) {

    /** Whether these are the first {@code k} (all there are, when the search found fewer). */
    boolean covers(int k) {
      return k <= asked || hits.size() < asked;
    }
  }
}
