package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.KnnFieldVectorsWriter;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.MergeState;
import org.apache.lucene.index.Sorter;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Writes a segment's vectors with an HNSW graph only when it holds more than {@code graphFrom} of
 * them; a smaller segment gets the flat vectors alone, which {@link ScannedVectorsReader} searches
 * exhaustively. A live update adds one episode (72 chunks for an hour) as a segment of its own:
 * building its graph cost little work but kept Lucene's graph code compiling again and again beside
 * the embedding, and searching 72 vectors walks nearly all of them anyway.
 *
 * <p>A flush holds the vectors it is given until there are more than {@code graphFrom}, then hands
 * them, and every later one, to the graph writer, as Lucene's writer builds the graph while
 * documents come; a merge counts the vectors of the segments it merges first.
 */
final class SmallSegmentWriter extends KnnVectorsWriter {

  private final int graphFrom;
  private final Opener flat;
  private final Opener graph;
  private final List<Held<?>> fields = new ArrayList<>();
  private KnnVectorsWriter chosen;
  private int held;

  /**
   * @param flat opens the flat writer over the segment's state (once, if chosen)
   * @param graph opens the HNSW writer over the segment's state (once, if chosen)
   */
  SmallSegmentWriter(int graphFrom, Opener flat, Opener graph) {
    this.graphFrom = graphFrom;
    this.flat = flat;
    this.graph = graph;
  }

  @Override
  public KnnFieldVectorsWriter<?> addField(FieldInfo fieldInfo) throws IOException {
    if (chosen != null) {
      return chosen.addField(fieldInfo);
    }
    Held<?> field =
        fieldInfo.getVectorEncoding() == VectorEncoding.BYTE
            ? new Held<byte[]>(fieldInfo, byte[]::clone, v -> v.length)
            : new Held<float[]>(fieldInfo, float[]::clone, v -> v.length * Float.BYTES);
    fields.add(field);
    return field;
  }

  /** Past {@code graphFrom} vectors: the graph writer takes every field and what each holds. */
  private void countOne() throws IOException {
    if (++held > graphFrom) {
      chosen = graph.open();
      handOver();
    }
  }

  private void handOver() throws IOException {
    for (Held<?> field : fields) {
      field.handTo(chosen);
    }
    fields.clear();
  }

  @Override
  public void flush(int maxDoc, Sorter.DocMap sortMap) throws IOException {
    if (chosen == null) {
      chosen = flat.open();
      handOver();
    }
    chosen.flush(maxDoc, sortMap);
  }

  @Override
  public void mergeOneField(FieldInfo fieldInfo, MergeState mergeState) throws IOException {
    if (chosen == null) {
      chosen = vectors(fieldInfo, mergeState) > graphFrom ? graph.open() : flat.open();
    }
    chosen.mergeOneField(fieldInfo, mergeState);
  }

  /** How many vectors of {@code field} the merged segments hold, deleted ones included. */
  private static long vectors(FieldInfo field, MergeState mergeState) throws IOException {
    long count = 0;
    for (KnnVectorsReader reader : mergeState.knnVectorsReaders) {
      if (reader == null) {
        continue;
      }
      if (field.getVectorEncoding() == VectorEncoding.BYTE) {
        ByteVectorValues values = reader.getByteVectorValues(field.name);
        count += values == null ? 0 : values.size();
      } else {
        FloatVectorValues values = reader.getFloatVectorValues(field.name);
        count += values == null ? 0 : values.size();
      }
    }
    return count;
  }

  @Override
  public void finish() throws IOException {
    if (chosen == null) {
      chosen = flat.open();
      handOver();
    }
    chosen.finish();
  }

  @Override
  public void close() throws IOException {
    if (chosen != null) {
      chosen.close();
    }
  }

  @Override
  public long ramBytesUsed() {
    long bytes = chosen == null ? 0 : chosen.ramBytesUsed();
    for (Held<?> field : fields) {
      bytes += field.ramBytesUsed();
    }
    return bytes;
  }

  /** Opens a writer over the segment's state. */
  interface Opener {
    KnnVectorsWriter open() throws IOException;
  }

  /** A field's vectors held until a writer is chosen, then passed through to its writer. */
  private final class Held<T> extends KnnFieldVectorsWriter<T> {

    private final FieldInfo info;
    private final java.util.function.UnaryOperator<T> copy;
    private final java.util.function.ToIntFunction<T> bytes;
    private final List<Integer> docs = new ArrayList<>();
    private final List<T> values = new ArrayList<>();
    private long heldBytes;
    private KnnFieldVectorsWriter<T> target;

    Held(
        FieldInfo info,
        java.util.function.UnaryOperator<T> copy,
        java.util.function.ToIntFunction<T> bytes) {
      this.info = info;
      this.copy = copy;
      this.bytes = bytes;
    }

    @Override
    public void addValue(int docID, T vectorValue) throws IOException {
      if (target != null) {
        target.addValue(docID, vectorValue);
        return;
      }
      docs.add(docID);
      T value = copy.apply(vectorValue);
      values.add(value);
      heldBytes += bytes.applyAsInt(value) + RamUsageEstimator.NUM_BYTES_OBJECT_REF * 2L + 16;
      countOne();
    }

    @SuppressWarnings("unchecked")
    void handTo(KnnVectorsWriter writer) throws IOException {
      target = (KnnFieldVectorsWriter<T>) writer.addField(info);
      for (int i = 0; i < docs.size(); i++) {
        target.addValue(docs.get(i), values.get(i));
      }
      docs.clear();
      values.clear();
      heldBytes = 0;
    }

    @Override
    public T copyValue(T vectorValue) {
      return copy.apply(vectorValue);
    }

    @Override
    public long ramBytesUsed() {
      return target != null ? target.ramBytesUsed() : heldBytes;
    }
  }
}
