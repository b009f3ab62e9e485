package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class DotProductScorerTests {

  @Test
  void theTestsRunWithTheVectorApi() {
    assertThat(DotProductScorer.vectorApi()).isTrue();
  }

  @Test
  void theVectorApiDotProductMatchesLucenesForEveryLength() {
    Random random = new Random(3);
    for (int length : new int[] {1, 7, 16, 31, 384, 385, 768}) {
      for (int trial = 0; trial < 20; trial++) {
        float[] a = new float[length];
        float[] b = new float[length];
        for (int i = 0; i < length; i++) {
          a[i] = (float) random.nextGaussian();
          b[i] = (float) random.nextGaussian();
        }
        float expected = VectorUtil.dotProduct(a, b);
        assertThat(PanamaDotProduct.dot(a, b))
            .as("length %d", length)
            .isCloseTo(expected, within(1e-4f * Math.max(1, Math.abs(expected))));
      }
    }
  }

  @Test
  void theVectorApiUnitVectorIsIntVectorsToTheBit() {
    Random random = new Random(5);
    for (int length : new int[] {1, 7, 8, 9, 15, 16, 17, 31, 384, 385, 768}) {
      for (int trial = 0; trial < 20; trial++) {
        byte[] a = new byte[length];
        for (int i = 0; i < length; i++) {
          a[i] = (byte) (random.nextInt(255) - 127);
        }
        assertThat(PanamaDotProduct.unit(a)).as("length %d", length).isEqualTo(Int8Vectors.unit(a));
      }
    }
    assertThat(PanamaDotProduct.unit(new byte[384])).isEqualTo(new float[384]);
  }

  @Test
  void theVectorApiByteCosineMatchesLucenesForEveryLength() {
    Random random = new Random(4);
    for (int length : new int[] {1, 7, 8, 9, 15, 16, 17, 31, 384, 385, 768}) {
      for (int trial = 0; trial < 20; trial++) {
        byte[] a = new byte[length];
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
          a[i] = (byte) (random.nextInt(255) - 127);
          b[i] = (byte) (random.nextInt(255) - 127);
        }
        a[0] = 127;
        b[length - 1] = -127;
        assertThat(PanamaDotProduct.cosine(a, b))
            .as("length %d", length)
            .isCloseTo(VectorUtil.cosine(a, b), within(1e-6f));
        // A search's query side, its sum of squares given: the same float to the bit.
        assertThat(PanamaDotProduct.cosine(a, DotProductScorer.squares(a), b))
            .as("length %d, query squares given", length)
            .isEqualTo(PanamaDotProduct.cosine(a, b));
      }
    }
  }
}
