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
}
