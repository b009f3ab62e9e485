package dev.podcastqa.index.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene99.Lucene99FlatVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsReader;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's HNSW vector format (same files, same graph parameters: 16 neighbours, beam of 100) over
 * the chunks' byte vectors ({@link Int8Vectors}), each stored once, scored by {@link
 * DotProductScorer}. It has a name of its own so Lucene finds it again (listed in {@code
 * META-INF/services}).
 *
 * <p>Schema 4 indexes kept every vector twice, int8 for the graph in Lucene's scalar-quantized
 * format and float for rescoring: 1.46 GiB of floats alone at a million chunks. Their commits name
 * the older schema, so they are rebuilt rather than read.
 */
public final class VectorFormat extends KnnVectorsFormat {

  static final String NAME = "PodcastQaHnsw";

  private final Lucene99FlatVectorsFormat flat =
      new Lucene99FlatVectorsFormat(DotProductScorer.best());

  /** Public and without arguments, as Lucene's service loader needs it. */
  public VectorFormat() {
    super(NAME);
  }

  @Override
  public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
    return new Lucene99HnswVectorsWriter(
        state,
        Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
        Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH,
        flat.fieldsWriter(state),
        1,
        null);
  }

  @Override
  public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
    return new Lucene99HnswVectorsReader(state, flat.fieldsReader(state));
  }

  @Override
  public int getMaxDimensions(String field) {
    return 1024;
  }

  @Override
  public String toString() {
    return NAME + "(" + flat + ")";
  }
}
