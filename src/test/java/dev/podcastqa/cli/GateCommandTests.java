package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.answer.GateWeights;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gate --fit} on a small features file (three shows, answerable questions with a higher
 * cosine than near-miss ones, every other signal constant): only the chosen signals are weighed,
 * and the cross-validation decides each show by a fit without it.
 */
class GateCommandTests {

  private static final String FEATURES = "src/test/resources/eval/gate-features.csv";

  @Test
  void fittingOneSignalWeighsOnlyItAndCrossValidatesByShow(@TempDir Path dir) {
    Path out = dir.resolve("gate.properties");

    Cli.Run run =
        Cli.run("gate", "--fit", FEATURES, "--out", out.toString(), "--signals", "cosine", "--cv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("leave-one-show-out")
        .contains(FEATURES + ": unanswerable refused 100.0% (12 of 12)")
        .contains("answerable refused 0.0% (0 of 12)");
    GateWeights weights = GateWeights.read(out);
    assertThat(weights.weights().get(0)).isPositive();
    assertThat(weights.weights().subList(1, weights.weights().size())).containsOnly(0.0);
  }

  @Test
  void aFitWritesBothThresholdsAndPrintsThem(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("gate.properties");

    Cli.Run run = Cli.run("gate", "--fit", FEATURES, "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Properties written = new Properties();
    try (Reader in = Files.newBufferedReader(out)) {
      written.load(in);
    }
    assertThat(written).containsKeys("threshold", "thresholdUnderFloor");
    GateWeights weights = GateWeights.read(out);
    assertThat(weights.thresholdUnderFloor()).isGreaterThanOrEqualTo(weights.threshold());
    assertThat(run.out())
        .contains(
            String.format(
                Locale.ROOT,
                "threshold %.2f, under the cosine floor %.2f;",
                weights.threshold(),
                weights.thresholdUnderFloor()));
    assertThat(Files.readString(out)).contains("thresholdUnderFloor, for a question whose");
  }

  @Test
  void signalsWrittenByAnotherBuildAreRefusedNamingTheFile(@TempDir Path dir) {
    // The fixture has the twelve signals of an older build, not this build's.
    String stale = "src/test/resources/eval/gate-features-stale.csv";

    Cli.Run run =
        Cli.run("gate", "--fit", stale, "--out", dir.resolve("gate.properties").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(stale + ":1: the signals are not this build's")
        .contains("write the file again");
    assertThat(dir.resolve("gate.properties")).doesNotExist();
  }

  @Test
  void anUnknownSignalIsACommandLineError(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "gate",
            "--fit",
            FEATURES,
            "--out",
            dir.resolve("gate.properties").toString(),
            "--signals",
            "cosine,loudness");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no signal named 'loudness'");
  }
}
