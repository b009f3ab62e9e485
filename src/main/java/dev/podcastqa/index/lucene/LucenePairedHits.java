package dev.podcastqa.index.lucene;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkSegments;
import dev.podcastqa.index.PairedHits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/**
 * Both searches' hits on one searcher, keyed by document: a chunk is decoded from the stored fields
 * (a block of them decompressed for each document) only when asked, and once.
 */
final class LucenePairedHits implements PairedHits {

  private final List<Hit> dense;
  private final List<Hit> lexical;
  private final StoredFields stored;
  private final Map<Integer, Chunk> read = new HashMap<>();

  LucenePairedHits(ScoreDoc[] dense, ScoreDoc[] lexical, StoredFields stored) {
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
    return read.computeIfAbsent(
        key,
        doc -> {
          try {
            return ChunkSegments.toChunk(LuceneDocs.segment(stored.document(doc)));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read a chunk of the index", e);
          }
        });
  }
}
