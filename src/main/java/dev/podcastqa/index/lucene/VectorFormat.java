package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene99.Lucene99FlatVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsReader;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsWriter;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's HNSW vector format (same files, same graph parameters: 16 neighbours, beam of 100) over
 * the chunks' byte vectors ({@link Int8Vectors}), each stored once, scored by {@link
 * DotProductScorer}. It has a name of its own so Lucene finds it again (listed in {@code
 * META-INF/services}).
 *
 * <p>A segment of up to {@link #GRAPH_FROM} vectors is written without its graph and searched by
 * scoring each vector ({@link SmallSegmentWriter}, {@link ScannedVectorsReader}).
 *
 * <p>Schema 4 indexes kept every vector twice, int8 for the graph in Lucene's scalar-quantized
 * format and float for rescoring: 1.46 GiB of floats alone at a million chunks. Their commits name
 * the older schema, so they are rebuilt rather than read.
 */
public final class VectorFormat extends KnnVectorsFormat {

  static final String NAME = "PodcastQaHnsw";

  /**
   * Segments of up to this many vectors are written without a graph and scanned: a live update's
   * episode (72 chunks an hour) and the merges of ten of them; a scan of 1024 vectors costs about
   * as much as walking a graph with a queue of 100.
   */
  static final int GRAPH_FROM = 1024;

  /** Lucene99HnswVectorsFormat's metadata file extension (package-private there). */
  private static final String GRAPH_META = "vem";

  private final Lucene99FlatVectorsFormat flat =
      new Lucene99FlatVectorsFormat(DotProductScorer.best());

  /** Public and without arguments, as Lucene's service loader needs it. */
  public VectorFormat() {
    super(NAME);
  }

  @Override
  public KnnVectorsWriter fieldsWriter(SegmentWriteState state) {
    return new SmallSegmentWriter(GRAPH_FROM, () -> flat.fieldsWriter(state), () -> graph(state));
  }

  private KnnVectorsWriter graph(SegmentWriteState state) throws IOException {
    return new Lucene99HnswVectorsWriter(
        state,
        Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
        Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH,
        flat.fieldsWriter(state),
        1,
        null);
  }

  /**
   * A segment written with a graph has its graph's metadata file; one written flat ({@link
   * SmallSegmentWriter}) has only the flat format's files, and is searched by a scan.
   */
  @Override
  public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
    String graphMeta =
        IndexFileNames.segmentFileName(state.segmentInfo.name, state.segmentSuffix, GRAPH_META);
    boolean graphed = Arrays.asList(state.directory.listAll()).contains(graphMeta);
    return graphed
        ? new Lucene99HnswVectorsReader(state, flat.fieldsReader(state))
        : new ScannedVectorsReader(flat.fieldsReader(state));
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
