package dev.podcastqa.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where chunks and their vectors live, searchable densely and by BM25 with the same filters. Each
 * episode is written whole, with the content hash that spares a restart embedding it again and the
 * fingerprint of its chunker input that spares chunking it again. Implementations are thread-safe
 * for searches; writes come from one thread at a time.
 */
public interface ChunkStore extends AutoCloseable {

  /** The content hash stored for each episode, by episode id. */
  Map<String, String> episodeHashes();

  /**
   * What the store holds for each episode, by episode id: the content hash of its chunks and the
   * fingerprint recorded with them by {@link #mark}. A store that keeps no fingerprints gives empty
   * ones, and then every episode is chunked on every sync.
   */
  default Map<String, EpisodeMark> episodeMarks() {
    Map<String, EpisodeMark> marks = new HashMap<>();
    episodeHashes().forEach((id, hash) -> marks.put(id, EpisodeMark.unfingerprinted(hash)));
    return marks;
  }

  /**
   * Records with each episode's stored chunks, whose content hash is the mark's, the fingerprint of
   * the chunker input they came from; the next {@link #commit()} makes it durable with the chunks
   * written before it, so the store and what it records can never disagree. Putting an episode with
   * only its content hash clears its fingerprint. Stores that keep none ignore this.
   */
  default void mark(Map<String, EpisodeMark> marks) {}

  /** Replaces everything stored for the episode; {@code vectors} align with {@code chunks}. */
  void putEpisode(
      EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors);

  /**
   * Replaces everything stored for the episode, as {@link #putEpisode(EpisodeFacts, String, List,
   * List)} does, and records its whole {@code mark} (content hash and fingerprint) with the chunks,
   * as {@link #mark} would. Stores that can write both at once override this.
   */
  default void putEpisode(
      EpisodeFacts facts, EpisodeMark mark, List<Chunk> chunks, List<float[]> vectors) {
    putEpisode(facts, mark.hash(), chunks, vectors);
    if (!mark.fingerprint().isEmpty()) {
      mark(Map.of(facts.episodeId(), mark));
    }
  }

  /** Removes everything stored for the episode. */
  void removeEpisode(String episodeId);

  /** Makes every write so far durable and visible to searches, atomically. */
  void commit();

  /**
   * Makes every write so far visible to searches before a {@link #commit()} makes it durable, when
   * the store can; false when only a commit shows writes.
   */
  default boolean publish() {
    return false;
  }

  /** The {@code k} chunks nearest to {@code vector}, scored by cosine similarity. */
  List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter);

  /** The {@code k} best BM25 matches for {@code text}. */
  List<ScoredChunk> lexical(String text, int k, SearchFilter filter);

  /**
   * Both searches for one question, {@code dense(vector, k, filter)} and {@code lexical(text, k,
   * filter)}, with {@code use} choosing from their hits while they are valid: a store that can read
   * a hit's chunk later reads only those {@code use} asks for. By default every hit's chunk is
   * read.
   */
  default <T> T searchBoth(
      float[] vector, String text, int k, SearchFilter filter, Function<PairedHits, T> use) {
    return use.apply(PairedHits.of(dense(vector, k, filter), lexical(text, k, filter)));
  }

  /**
   * Names the store's state as last committed; it changes with every commit. Null when the store
   * cannot tell, and then callers read {@link #episodeMarks()} again instead of trusting what they
   * read at an earlier commit.
   */
  default String version() {
    return null;
  }

  /**
   * How many chunks contain each term, for terms already analyzed the way the BM25 fields are
   * (lower case, English stems). A chunk counts when its text, chapter context or episode naming
   * has the term. Terms no chunk has map to 0.
   */
  Map<String, Integer> documentFrequencies(java.util.Collection<String> analyzedTerms);

  /** Whether any chunk has an analyzed term starting with {@code prefix} (spelling variants). */
  boolean hasTermStartingWith(String prefix);

  /**
   * Whether this store only searches: another process writes it (a second {@code serve}, or {@code
   * ask} beside a running one, on the same local index). Writes then fail.
   */
  default boolean readOnly() {
    return false;
  }

  /** Number of chunks stored. */
  int chunkCount();

  /** A short description for logs, e.g. the folder or URL. */
  String describe();

  @Override
  void close();
}
