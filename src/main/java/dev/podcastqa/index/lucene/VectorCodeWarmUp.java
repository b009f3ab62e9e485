package dev.podcastqa.index.lucene;

import java.util.Random;

/**
 * Runs the Vector API code of the searches on a thread of its own as soon as the store opens, so
 * the JIT has compiled it before the first search. Until it is compiled, the Vector API runs as
 * plain Java that builds an object for every vector operation: in a profile of one restart at 100k
 * chunks (load 11), 28 of the 50 samples of the warm-up search's threads were in that code, on the
 * path to the first answer. Run here, beside the corpus read and the model load, that work is done
 * before the first search needs it. It changes no result: it only calls the same functions on
 * vectors of its own.
 */
final class VectorCodeWarmUp {

  /** Calls of each function: past the JIT's thresholds for compiling a method with its loops. */
  static final int CALLS = 10_000;

  private static final int DIMENSION = 384;

  private VectorCodeWarmUp() {}

  /** Starts the warm-up on a daemon thread; nothing when this JVM has no Vector API. */
  static void start() {
    if (!DotProductScorer.vectorApi()) {
      return;
    }
    Thread thread = new Thread(VectorCodeWarmUp::run, "vector-code-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  static void run() {
    Random random = new Random(1);
    byte[] a = new byte[DIMENSION];
    byte[] b = new byte[DIMENSION];
    random.nextBytes(a);
    random.nextBytes(b);
    float[] unitQuery = Int8Vectors.unit(a);
    DotProductScorer scorer = DotProductScorer.best();
    int squares = DotProductScorer.squares(a);
    float sink = 0;
    for (int i = 0; i < CALLS; i++) {
      b[i % DIMENSION] = (byte) i;
      sink += PanamaDotProduct.cosine(a, squares, b);
      sink += scorer.cosine(unitQuery, b);
    }
    if (Float.isNaN(sink)) {
      // Keeps the JIT from dropping the calls as unused; never true for these vectors.
      throw new IllegalStateException("a cosine of two non-zero vectors was not a number");
    }
  }
}
