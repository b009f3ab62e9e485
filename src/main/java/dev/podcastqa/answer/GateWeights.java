package dev.podcastqa.answer;

import dev.podcastqa.retrieve.AnswerSignals;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The fitted logistic model of the relevance gate: one weight per {@link AnswerSignals} signal, a
 * bias, and the probability at or above which a question is answered. It is read from a properties
 * file ({@code answer/gate.properties} in the jar) written by {@code podcast-qa gate --fit}.
 *
 * @param weights aligned with {@link AnswerSignals#NAMES}
 * @param threshold the probability at or above which a question is answered
 * @param thresholdUnderFloor the same, for a question whose best passage is under the embedding
 *     model's calibrated floor (its cosine signal below 0): nothing in the corpus is near it in
 *     meaning, so it takes more of the other signals to answer it (key {@code thresholdUnderFloor};
 *     when absent, {@code threshold})
 */
public record GateWeights(
    double bias, List<Double> weights, double threshold, double thresholdUnderFloor) {

  /** The weights shipped in the jar. */
  public static final String RESOURCE = "/answer/gate.properties";

  public GateWeights {
    weights = List.copyOf(weights);
    if (weights.size() != AnswerSignals.NAMES.size()) {
      throw new IllegalArgumentException(
          "gate weights need " + AnswerSignals.NAMES.size() + " signals, got " + weights.size());
    }
    for (double t : new double[] {threshold, thresholdUnderFloor}) {
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("gate threshold must be between 0 and 1: " + t);
      }
    }
  }

  /** One threshold, whatever the cosine. */
  public GateWeights(double bias, List<Double> weights, double threshold) {
    this(bias, weights, threshold, threshold);
  }

  /**
   * The threshold for a question whose cosine signal (the best cosine minus the model's floor) is
   * {@code cosineOverFloor}.
   */
  public double threshold(double cosineOverFloor) {
    return cosineOverFloor < 0 ? thresholdUnderFloor : threshold;
  }

  /** Whether a question with these signals is answered: its probability reaches its threshold. */
  public boolean answers(double[] signals) {
    return probability(signals) >= threshold(signals[0]);
  }

  /** The weights shipped in the jar. */
  public static GateWeights load() {
    try (InputStream in = GateWeights.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(p, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Weights from a properties file, e.g. one just fitted. */
  public static GateWeights read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(in);
      return parse(p, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gate weights " + file, e);
    }
  }

  /** The probability that a question with these signal values is answerable. */
  public double probability(double[] signals) {
    double z = bias;
    for (int i = 0; i < signals.length; i++) {
      z += weights.get(i) * signals[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The file's text: one line per weight, in the order of the signals. */
  public String toProperties(String comment) {
    StringBuilder out = new StringBuilder();
    comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
    out.append("bias=").append(bias).append('\n');
    for (int i = 0; i < weights.size(); i++) {
      out.append(AnswerSignals.NAMES.get(i)).append('=').append(weights.get(i)).append('\n');
    }
    out.append("threshold=").append(threshold).append('\n');
    out.append("thresholdUnderFloor=").append(thresholdUnderFloor).append('\n');
    return out.toString();
  }

  private static GateWeights parse(Properties p, String where) {
    double[] w = new double[AnswerSignals.NAMES.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = number(p, AnswerSignals.NAMES.get(i), where);
    }
    double threshold = number(p, "threshold", where);
    return new GateWeights(
        number(p, "bias", where),
        Arrays.stream(w).boxed().toList(),
        threshold,
        p.getProperty("thresholdUnderFloor") == null
            ? threshold
            : number(p, "thresholdUnderFloor", where));
  }

  private static double number(Properties p, String key, String where) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(where + " has no " + key);
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + ": " + key + " is not a number: " + value);
    }
  }
}
