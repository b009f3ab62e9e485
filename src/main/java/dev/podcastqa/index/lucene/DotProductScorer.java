package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.util.function.Function;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.codecs.hnsw.FlatVectorsScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.apache.lucene.util.hnsw.RandomVectorScorerSupplier;

/**
 * Scores the index's byte vectors by cosine for Lucene's HNSW graph, building it and searching it,
 * and float vectors by dot product for rescoring, with the Java Vector API when the JVM has it
 * (else Lucene's own scalar loops). Graph scores are Lucene's for a cosine: {@code (1 + cos) / 2}.
 * Other similarities and encodings go to Lucene's scorer.
 *
 * <p>On Java 17 Lucene cannot use the Vector API itself: its byte cosine loop took 784-989 ns for
 * 384 dimensions in a scratch loop on the 2-core bench machine (load average 9-10), this one's
 * 56-161 ns, and the graph's build and search spend most of their time there.
 */
final class DotProductScorer implements FlatVectorsScorer {

  private final Dot dot;
  private final QueryCosine queryCosine;
  private final Function<byte[], float[]> unit;

  private DotProductScorer(Dot dot, QueryCosine queryCosine, Function<byte[], float[]> unit) {
    this.dot = dot;
    this.queryCosine = queryCosine;
    this.unit = unit;
  }

  /** The fastest scorer this JVM can run. */
  static DotProductScorer best() {
    return vectorApi()
        ? new DotProductScorer(
            PanamaDotProduct::dot, PanamaDotProduct::cosine, PanamaDotProduct::unit)
        : scalar();
  }

  /** Lucene's scalar loops, for JVMs without the Vector API and for tests. */
  static DotProductScorer scalar() {
    return new DotProductScorer(
        VectorUtil::dotProduct, (q, squares, b) -> VectorUtil.cosine(q, b), Int8Vectors::unit);
  }

  /** Whether this JVM was started with {@code --add-modules jdk.incubator.vector}. */
  static boolean vectorApi() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  @Override
  public RandomVectorScorerSupplier getRandomVectorScorerSupplier(
      VectorSimilarityFunction similarity, RandomAccessVectorValues values) throws IOException {
    if (similarity == VectorSimilarityFunction.COSINE
        && values instanceof RandomAccessVectorValues.Bytes bytes) {
      return new Supplier(bytes);
    }
    return DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorerSupplier(similarity, values);
  }

  @Override
  public RandomVectorScorer getRandomVectorScorer(
      VectorSimilarityFunction similarity, RandomAccessVectorValues values, float[] target)
      throws IOException {
    return DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(similarity, values, target);
  }

  @Override
  public RandomVectorScorer getRandomVectorScorer(
      VectorSimilarityFunction similarity, RandomAccessVectorValues values, byte[] target)
      throws IOException {
    if (similarity == VectorSimilarityFunction.COSINE
        && values instanceof RandomAccessVectorValues.Bytes bytes) {
      if (target.length != bytes.dimension()) {
        throw new IllegalArgumentException(
            "query has " + target.length + " dimensions, the field " + bytes.dimension());
      }
      // The query's own sum of squares is the same for every node the search scores.
      int squares = squares(target);
      return new RandomVectorScorer.AbstractRandomVectorScorer(bytes) {
        @Override
        public float score(int node) throws IOException {
          return scale(queryCosine.of(target, squares, bytes.vectorValue(node)));
        }
      };
    }
    return DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(similarity, values, target);
  }

  /** The dot product of two float vectors of the same length. */
  float dot(float[] a, float[] b) {
    return dot.of(a, b);
  }

  /** The cosine of a unit float query to stored bytes: its dot product with their unit vector. */
  float cosine(float[] unitQuery, byte[] stored) {
    return dot.of(unitQuery, unit.apply(stored));
  }

  /** The sum of the squares of {@code v}'s components. */
  static int squares(byte[] v) {
    int sum = 0;
    for (byte x : v) {
      sum += x * x;
    }
    return sum;
  }

  /** Lucene's score for a cosine (0 to 1), as a graph search gives it. */
  private static float scale(float cosine) {
    return Math.max((1 + cosine) / 2, 0);
  }

  @Override
  public String toString() {
    return "DotProductScorer(" + (vectorApi() ? "vector API" : "scalar") + ")";
  }

  /** Scores graph nodes against one another while the graph is built or merged. */
  private final class Supplier implements RandomVectorScorerSupplier {
    private final RandomAccessVectorValues.Bytes vectors;
    private final RandomAccessVectorValues.Bytes from;
    private final RandomAccessVectorValues.Bytes to;

    Supplier(RandomAccessVectorValues.Bytes vectors) throws IOException {
      this.vectors = vectors;
      // Off-heap values read into one buffer each, so the two sides need copies of their own.
      this.from = vectors.copy();
      this.to = vectors.copy();
    }

    @Override
    public RandomVectorScorer scorer(int ord) throws IOException {
      // The node scored against keeps its sum of squares for every node it is compared with.
      int squares = squares(from.vectorValue(ord));
      return new RandomVectorScorer.AbstractRandomVectorScorer(vectors) {
        @Override
        public float score(int node) throws IOException {
          return scale(queryCosine.of(from.vectorValue(ord), squares, to.vectorValue(node)));
        }
      };
    }

    @Override
    public RandomVectorScorerSupplier copy() throws IOException {
      return new Supplier(vectors);
    }
  }

  /** A dot product of two float vectors of the same length. */
  @FunctionalInterface
  interface Dot {
    float of(float[] a, float[] b);
  }

  /** The cosine of a query, given with its sum of squares, to a byte vector of its length. */
  @FunctionalInterface
  interface QueryCosine {
    float of(byte[] query, int querySquares, byte[] b);
  }
}
