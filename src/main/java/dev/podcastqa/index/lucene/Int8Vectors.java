package dev.podcastqa.index.lucene;

/**
 * Chunk vectors as the index stores them: one signed byte per dimension, each vector scaled on its
 * own so its largest component is ±127. Cosine similarity does not depend on a vector's length, so
 * the scale is not kept: the bytes alone give the cosine to any query.
 *
 * <p>For a MiniLM vector (384 dimensions, largest component about 0.2 of unit length) one step is
 * about 0.0016: the cosine of a float query to the bytes was at most 0.0013 and on average 0.0002
 * from its cosine to the float vector over 100k chunks (measured by {@code bench}, see the README).
 */
final class Int8Vectors {

  /** The largest magnitude a component takes; -128 is never used, so the range is symmetric. */
  static final int MAX = 127;

  private Int8Vectors() {}

  /**
   * {@code vector} scaled so its largest component is ±{@value #MAX}, rounded to the nearest
   * integer.
   *
   * @throws IllegalArgumentException when the vector is all zeros or not finite, which has no
   *     cosine to anything (an embedding model never gives one)
   */
  static byte[] quantize(float[] vector) {
    if (!hasDirection(vector)) {
      throw new IllegalArgumentException(
          "a vector must be finite and not all zeros to have a cosine");
    }
    float largest = 0;
    for (float v : vector) {
      largest = Math.max(largest, Math.abs(v));
    }
    float scale = MAX / largest;
    byte[] quantized = new byte[vector.length];
    for (int i = 0; i < vector.length; i++) {
      // Halves to even, the same for either sign, so v and -v quantize to opposite bytes.
      quantized[i] = (byte) Math.rint(vector[i] * scale);
    }
    return quantized;
  }

  /** Whether {@code vector} is finite and not all zeros, so it can be quantized. */
  static boolean hasDirection(float[] vector) {
    float largest = 0;
    for (float v : vector) {
      largest = Math.max(largest, Math.abs(v));
    }
    return largest > 0 && Float.isFinite(largest);
  }

  /**
   * The stored bytes as a float vector of length 1, so its dot product with a unit query is their
   * cosine: the query keeps its full precision (only the stored side was rounded).
   */
  static float[] unit(byte[] quantized) {
    long sum = 0;
    for (byte b : quantized) {
      sum += b * b;
    }
    float[] unit = new float[quantized.length];
    if (sum == 0) {
      return unit;
    }
    float inverse = (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < quantized.length; i++) {
      unit[i] = quantized[i] * inverse;
    }
    return unit;
  }
}
