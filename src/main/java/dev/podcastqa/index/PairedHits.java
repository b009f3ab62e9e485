package dev.podcastqa.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of a dense and a BM25 search for one question, made together on one view of the store,
 * whose chunks are read only when asked: a caller that fuses the two lists and keeps a few hits
 * reads only those. Valid only inside the call of {@link ChunkStore#searchBoth} that made it.
 */
public interface PairedHits {

  /** The dense search's hits, nearest first, scored by cosine similarity. */
  List<Hit> dense();

  /** The BM25 search's hits, best first, scored by BM25. */
  List<Hit> lexical();

  /** The chunk {@code key} names; a key in both lists names the same chunk. */
  Chunk chunk(int key);

  /** Both lists over chunks already read; a chunk id in both lists gets one key. */
  static PairedHits of(List<ScoredChunk> dense, List<ScoredChunk> lexical) {
    Map<String, Integer> keys = new HashMap<>();
    List<Chunk> chunks = new ArrayList<>();
    List<Hit> denseHits = new ArrayList<>(dense.size());
    List<Hit> lexicalHits = new ArrayList<>(lexical.size());
    for (ScoredChunk hit : dense) {
      denseHits.add(new Hit(key(hit.chunk(), keys, chunks), hit.score()));
    }
    for (ScoredChunk hit : lexical) {
      lexicalHits.add(new Hit(key(hit.chunk(), keys, chunks), hit.score()));
    }
    return new Read(denseHits, lexicalHits, chunks);
  }

  private static int key(Chunk chunk, Map<String, Integer> keys, List<Chunk> chunks) {
    return keys.computeIfAbsent(
        chunk.id(),
        id -> {
          chunks.add(chunk);
          return chunks.size() - 1;
        });
  }

  /** One hit: the key of its chunk and the search's score. */
  record Hit(int key, double score) {}

  /** Hits whose chunks were read with them. */
  record Read(List<Hit> dense, List<Hit> lexical, List<Chunk> chunks) implements PairedHits {

    public Read {
      dense = List.copyOf(dense);
      lexical = List.copyOf(lexical);
      chunks = List.copyOf(chunks);
    }

    @Override
    public Chunk chunk(int key) {
      return chunks.get(key);
    }
  }
}
