package dev.podcastqa.bench;

import dev.podcastqa.index.lucene.ExactVectorScan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.util.VectorUtil;

/**
 * The float vectors a synthetic build gave its chunks, kept in a file beside the index: the index
 * stores each vector only as bytes, so recall and the error of the returned cosines are measured
 * against an exact search of these. Each record is the chunk id and its unit vector; about 1.5 KB a
 * chunk (1.5 GB at a million chunks), in the bench folder, not the index.
 */
final class FloatVectorFile {

  private FloatVectorFile() {}

  /** What the exact scan found for one query. */
  record Truth(List<ExactVectorScan.Neighbour> nearest, Map<String, Double> cosines) {
    Truth {
      nearest = List.copyOf(nearest);
      cosines = Map.copyOf(cosines);
    }
  }

  /** Appends chunk vectors to a new file. */
  static final class Writer implements AutoCloseable {
    private final Path file;
    private final DataOutputStream out;
    private int written;

    Writer(Path file) {
      this.file = file;
      try {
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }

    void add(String chunkId, float[] vector) {
      try {
        out.writeUTF(chunkId);
        out.writeInt(vector.length);
        ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * vector.length);
        bytes.asFloatBuffer().put(unit(vector));
        out.write(bytes.array());
        written++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }

    int written() {
      return written;
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
  }

  /** How many vectors the file holds (it is read once to count them). */
  static int count(Path file) {
    int[] count = {0};
    read(file, (id, vector) -> count[0]++);
    return count[0];
  }

  /**
   * For each query, its {@code k} nearest chunks by exact cosine, and the exact cosine of each
   * chunk in {@code asked} for it, in one pass over the file.
   */
  static List<Truth> scan(Path file, List<float[]> queries, int k, List<Set<String>> asked) {
    List<float[]> units = queries.stream().map(FloatVectorFile::unit).toList();
    List<PriorityQueue<ExactVectorScan.Neighbour>> best = new ArrayList<>();
    List<Map<String, Double>> cosines = new ArrayList<>();
    for (int q = 0; q < units.size(); q++) {
      best.add(
          new PriorityQueue<>(
              (a, b) -> Double.compare(a.cosine(), b.cosine()))); // worst of the best on top
      cosines.add(new HashMap<>());
    }
    read(
        file,
        (id, vector) -> {
          for (int q = 0; q < units.size(); q++) {
            double cosine = VectorUtil.dotProduct(units.get(q), vector);
            PriorityQueue<ExactVectorScan.Neighbour> top = best.get(q);
            if (top.size() < k) {
              top.add(new ExactVectorScan.Neighbour(id, cosine));
            } else if (cosine > top.peek().cosine()) {
              top.poll();
              top.add(new ExactVectorScan.Neighbour(id, cosine));
            }
            if (asked.get(q).contains(id)) {
              cosines.get(q).put(id, cosine);
            }
          }
        });
    List<Truth> truths = new ArrayList<>();
    for (int q = 0; q < units.size(); q++) {
      List<ExactVectorScan.Neighbour> sorted = new ArrayList<>(best.get(q));
      sorted.sort((a, b) -> Double.compare(b.cosine(), a.cosine()));
      truths.add(new Truth(sorted, cosines.get(q)));
    }
    return truths;
  }

  private static void read(Path file, VectorConsumer consumer) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      while (true) {
        String id;
        try {
          id = in.readUTF();
        } catch (EOFException end) {
          return;
        }
        float[] vector = new float[in.readInt()];
        byte[] bytes = new byte[Float.BYTES * vector.length];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        consumer.accept(id, vector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static float[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / Math.sqrt(sum));
    }
    return unit;
  }

  /** Receives each record of the file in turn. */
  @FunctionalInterface
  private interface VectorConsumer {
    void accept(String chunkId, float[] vector);
  }
}
