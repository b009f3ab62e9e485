package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cue text's white space is handled as the regular expressions it replaces would. */
class SpacesTests {

  /** Characters cue text is made of here: letters, each kind of white space, and near misses. */
  private static final String ALPHABET = "ab. \t\n\u000B\f\r\u00A0\u2028\u3000-";

  @Test
  void collapseIsReplaceAllOfWhiteSpaceRuns() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      String text = text(random);
      assertThat(Spaces.collapse(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void wordsAreSplitAtWhiteSpaceRuns() {
    Random random = new Random(25);
    for (int i = 0; i < 20_000; i++) {
      String text = text(random).strip();
      String[] expected = text.isEmpty() ? new String[0] : text.split("\\s+");
      assertThat(Spaces.words(text)).as(text).containsExactly(expected);
    }
  }

  @Test
  void plainCueTextIsReturnedAsItIs() {
    String text = "the ferry to Vatersay leaves at nine.";
    assertThat(Spaces.collapse(text)).isSameAs(text);
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
