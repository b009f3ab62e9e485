package dev.podcastqa.index.lucene;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.PairedHits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Both searches' hits on one searcher, keyed by document: a chunk is read ({@link StoredChunks})
 * only when asked, and once.
 */
final class LucenePairedHits implements PairedHits {

  private final List<Hit> dense;
  private final List<Hit> lexical;
  private final StoredChunks.Reader stored;
  private final Map<Integer, Chunk> read = new HashMap<>();

  LucenePairedHits(ScoreDoc[] dense, ScoreDoc[] lexical, StoredChunks.Reader stored) {
    this.dense = hits(dense);
    this.lexical = hits(lexical);
    this.stored = stored;
  }

  private static List<Hit> hits(ScoreDoc[] docs) {
    List<Hit> hits = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      hits.add(new Hit(doc.doc, doc.score));
    }
    return List.copyOf(hits);
  }

  @Override
  public List<Hit> dense() {
    return dense;
  }

  @Override
  public List<Hit> lexical() {
    return lexical;
  }

  @Override
  public Chunk chunk(int key) {
    return read.computeIfAbsent(key, stored::chunk);
  }
}
