package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceCounterTests {

  private static WordPieceCounter counter;
  private static HuggingFaceTokenCountEstimator estimator;

  @BeforeAll
  static void load() {
    counter = WordPieceCounter.load();
    estimator = new HuggingFaceTokenCountEstimator();
  }

  private static void assertSameCounts(List<String> texts) {
    int counted = 0;
    for (String text : texts) {
      int pieces = counter.count(text);
      if (pieces >= 0) {
        counted++;
        assertThat(pieces).as("word pieces of \"%s\"", text).isEqualTo(estimate(text));
      }
    }
    assertThat(counted).isPositive();
  }

  private static int estimate(String text) {
    return estimator.estimateTokenCountInText(text);
  }

  @Test
  void countsTrickyAsciiTextAsTheTokenizerDoes() {
    String longWord = "a".repeat(100);
    assertSameCounts(
        List.of(
            "",
            "   ",
            "Hello, World!",
            "don't stop -- it's U.S.A. e.g. 3.14 and $5,000 (approx.)",
            "sparse autoencoders' features",
            "zzqxjvv qwrtpsdfgh unaffable antidisestablishmentarianism",
            longWord,
            longWord + "a",
            "tabs\tand\nnewlines\r\nand\u000bvertical\ftabs",
            "control\u0001chars\u007fjoin words",
            "https://example.org/a_b?c=d&e=f#g",
            "email@example.com [citation] {braces} <angle> |pipe| ~tilde^ `tick`",
            "Ep. 12: Rethinking soil carbon",
            "CamelCase WORDS MiXeD 123abc abc123 a1b2c3",
            "[cls] lower case is not special; [ CLS ] neither"));
  }

  @Test
  void leavesTextThatIsNotPlainAsciiOrNamesASpecialTokenToTheTokenizer() {
    assertThat(counter.count("café")).isEqualTo(-1);
    assertThat(counter.count("naïve — dash")).isEqualTo(-1);
    assertThat(counter.count("a [CLS] b")).isEqualTo(-1);
    assertThat(counter.count("[MASK]")).isEqualTo(-1);
  }

  @Test
  void countsEveryLineOfTheTestFixturesAndSampleCorpusAsTheTokenizerDoes() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("data/episodes"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          lines.addAll(List.of(text.split("\n")));
          lines.add(text.length() > 5000 ? text.substring(0, 5000) : text);
        }
      }
    }
    assertSameCounts(lines);
  }
}
