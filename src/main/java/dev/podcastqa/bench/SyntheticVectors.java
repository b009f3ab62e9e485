package dev.podcastqa.bench;

import java.util.Random;

/**
 * How the benchmark makes vectors that are not model output, so a corpus too large to embed here (a
 * million chunks take over an hour) can still be searched: the first {@code realChunks} chunks are
 * embedded by the model, every later one takes one of those vectors at random with seeded Gaussian
 * noise added to each dimension, scaled back to unit length. Every figure measured over such an
 * index is labelled with {@link #label()}.
 *
 * @param realChunks chunks embedded by the model, whose vectors the rest are drawn from
 * @param noise standard deviation of the noise added to each dimension
 */
record SyntheticVectors(int realChunks, double noise) {

  /**
   * Noise per dimension: for 384 dimensions a perturbed copy keeps a cosine of about 0.86 to its
   * source vector, so copies of one vector are near neighbours without being ties.
   */
  static final double DEFAULT_NOISE = 0.03;

  SyntheticVectors {
    if (realChunks < 1) {
      throw new IllegalArgumentException("at least one chunk must be embedded by the model");
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("noise must be between 0 and 1, not " + noise);
    }
  }

  /** {@code source} with noise drawn from {@code random}, at unit length. */
  float[] perturb(float[] source, Random random) {
    float[] v = new float[source.length];
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (source[i] + noise * random.nextGaussian());
      sum += v[i] * v[i];
    }
    float norm = (float) Math.sqrt(sum);
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return v;
  }

  /** What the figures must say about these vectors. */
  String label() {
    return String.format(
        java.util.Locale.ROOT,
        "SYNTHETIC VECTORS: %d chunks embedded by the model, every other chunk a copy of one of"
            + " those vectors with Gaussian noise (sd %.3f per dimension), not model output",
        realChunks,
        noise);
  }
}
