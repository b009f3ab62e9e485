package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.retrieve.AnswerSignals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped gate ({@code answer/gate.properties}) on real tuning questions next to its threshold,
 * from the signals `gate --features` wrote for them (the fixture {@code gate/shipped-boundary.csv},
 * whose cosine is already measured from the model's floor): the nearest answerable question above
 * the threshold and the nearest near-miss under it, and two questions the move of the threshold
 * from 0.41 to 0.30 now answers, one answerable and one near-miss.
 */
class ShippedGateTests {

  private static final Path FIXTURE = Path.of("src/test/resources/gate/shipped-boundary.csv");

  private final GateWeights shipped = GateWeights.load();

  @Test
  void theThresholdIsTheOneChosenOnShowsTheFitDidNotSee() {
    assertThat(shipped.threshold()).isEqualTo(0.30);
  }

  @Test
  void aParaphraseJustAboveTheThresholdIsAnswered() {
    double p = shipped.probability(signals("porridge over the omelette"));

    assertThat(p).isGreaterThanOrEqualTo(shipped.threshold()).isLessThan(0.31);
  }

  @Test
  void aNearMissJustUnderTheThresholdIsRefused() {
    double p = shipped.probability(signals("Sam Harris's book"));

    assertThat(p).isLessThan(shipped.threshold()).isGreaterThan(0.29);
  }

  @Test
  void questionsBetweenTheOldAndTheNewThresholdAreAnsweredWhateverTheyAre() {
    // Answerable: the captions say "Elaine and Soisy"; near-miss: the year is never said.
    double answerable = shipped.probability(signals("Elaine Nsoesie grow up"));
    double nearMiss = shipped.probability(signals("cancel the fast vertical"));

    assertThat(answerable).isBetween(shipped.threshold(), 0.41);
    assertThat(nearMiss).isBetween(shipped.threshold(), 0.41);
  }

  /** The signals of the fixture's question that contains {@code words}. */
  private static double[] signals(String words) {
    try {
      List<String> lines = Files.readAllLines(FIXTURE);
      assertThat(lines.get(0)).startsWith("answerable," + String.join(",", AnswerSignals.NAMES));
      String line = lines.stream().filter(l -> l.contains(words)).findFirst().orElseThrow();
      String[] cells = line.split(",");
      return Arrays.stream(cells, 1, 1 + AnswerSignals.NAMES.size())
          .mapToDouble(Double::parseDouble)
          .toArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FIXTURE, e);
    }
  }
}
