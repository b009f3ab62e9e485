package dev.podcastqa.index.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.hnsw.FlatVectorsScorer;
import org.apache.lucene.codecs.lucene99.Lucene99FlatVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsReader;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsWriter;
import org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorScorer;
import org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsReader;
import org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The vector format new segments are written in: Lucene's HNSW graph (16 neighbours, beam of 100)
 * over int8 scalar-quantized vectors (Lucene's {@code Lucene99HnswScalarQuantizedVectorsFormat}
 * with 7 bits, as Lucene's default), beside the float vectors, which {@link LuceneEmbeddingStore}
 * reads to rescore the best candidates exactly and which merges quantize again.
 *
 * <p>A graph search then reads a quarter of the bytes per vector it visits: at a million chunks the
 * quantized vectors (384 MB) stay in memory where the float ones (1.5 GB) would not. A graph being
 * built in memory is scored on the float vectors by {@link DotProductScorer}. Segments written in
 * {@link VectorFormat} before stay readable and take this format when merged.
 */
public final class QuantizedVectorFormat extends KnnVectorsFormat {

  static final String NAME = "PodcastQaHnswInt8";

  /** Lucene's default for int8 quantization: 7 bits keep the dot product's sum in an int. */
  private static final byte BITS = 7;

  private final Lucene99FlatVectorsFormat floats =
      new Lucene99FlatVectorsFormat(DotProductScorer.best());

  private final FlatVectorsScorer quantized =
      new Lucene99ScalarQuantizedVectorScorer(DotProductScorer.best());

  /** Public and without arguments, as Lucene's service loader needs it. */
  public QuantizedVectorFormat() {
    super(NAME);
  }

  @Override
  public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
    return new Lucene99HnswVectorsWriter(
        state,
        Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
        Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH,
        // A null confidence interval is Lucene's default for the dimension (1 - 1 / (d + 1)).
        new Lucene99ScalarQuantizedVectorsWriter(
            state, null, BITS, false, floats.fieldsWriter(state), quantized),
        1,
        null);
  }

  @Override
  public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
    return new Lucene99HnswVectorsReader(
        state,
        new Lucene99ScalarQuantizedVectorsReader(state, floats.fieldsReader(state), quantized));
  }

  @Override
  public int getMaxDimensions(String field) {
    return 1024;
  }

  @Override
  public String toString() {
    return NAME + "(int8, " + DotProductScorer.best() + ")";
  }
}
