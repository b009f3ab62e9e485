package dev.podcastqa.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class SyntheticVectorsTests {

  private static float[] unit(Random random) {
    float[] v = new float[384];
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
      sum += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(sum);
    }
    return v;
  }

  @Test
  void aPerturbedCopyIsAUnitVectorNearItsSourceButNotEqual() {
    SyntheticVectors vectors = new SyntheticVectors(10, SyntheticVectors.DEFAULT_NOISE);
    Random random = new Random(3);
    float[] source = unit(random);
    float[] copy = vectors.perturb(source, random);

    assertThat(VectorUtil.dotProduct(copy, copy)).isCloseTo(1f, within(1e-5f));
    assertThat(VectorUtil.dotProduct(source, copy)).isBetween(0.8f, 0.92f);
    assertThat(VectorUtil.dotProduct(copy, vectors.perturb(source, random))).isLessThan(0.9f);
  }

  @Test
  void theSameSeedGivesTheSameCopies() {
    SyntheticVectors vectors = new SyntheticVectors(10, SyntheticVectors.DEFAULT_NOISE);
    float[] source = unit(new Random(1));

    assertThat(vectors.perturb(source, new Random(9)))
        .isEqualTo(vectors.perturb(source, new Random(9)));
  }

  @Test
  void theLabelSaysTheVectorsAreNotModelOutput() {
    assertThat(new SyntheticVectors(10_000, 0.03).label())
        .startsWith("SYNTHETIC VECTORS: 10000 chunks embedded by the model")
        .contains("sd 0.030")
        .endsWith("not model output");
  }

  @Test
  void noModelVectorsAtAllIsRefused() {
    assertThatThrownBy(() -> new SyntheticVectors(0, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one chunk");
  }
}
