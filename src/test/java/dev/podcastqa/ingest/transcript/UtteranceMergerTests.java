package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtteranceMergerTests {

  private final UtteranceMerger merger = new UtteranceMerger();

  /**
   * {@code count} half-second words by one speaker from 0 s; the words at {@code ends} end a
   * sentence.
   */
  private static List<Cue> words(int count, int... ends) {
    List<Cue> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean end = false;
      for (int e : ends) {
        end |= e == i;
      }
      words.add(new Cue(0, i * 0.5, i * 0.5 + 0.5, "Ann", "w" + i + (end ? "." : "")));
    }
    return words;
  }

  @Test
  void cuesOfFewerThanTwoWordsOnAverageAreWordLevel() {
    Cue one = new Cue(0, 0, 1, null, " one ");
    Cue two = new Cue(0, 1, 2, null, "two words");
    Cue three = new Cue(0, 2, 3, null, "three words here");

    assertThat(UtteranceMerger.isWordLevel(List.of(one, one, two))).isTrue();
    assertThat(UtteranceMerger.isWordLevel(List.of(one, three))).isFalse();
    assertThat(UtteranceMerger.isWordLevel(List.of(two))).isFalse();
    assertThat(UtteranceMerger.isWordLevel(List.of())).isFalse();
  }

  @Test
  void sentenceEndBeforeFifteenSecondsDoesNotBreakTheUtterance() {
    List<Cue> merged = merger.merge(words(20, 9));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).start()).isEqualTo(0.0);
    assertThat(merged.get(0).end()).isEqualTo(10.0);
  }

  @Test
  void utteranceLongerThanFifteenSecondsBreaksAtTheNextSentenceEnd() {
    List<Cue> merged = merger.merge(words(40, 9, 33));

    assertThat(merged)
        .extracting(Cue::start, Cue::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, 17.0),
            org.assertj.core.groups.Tuple.tuple(17.0, 20.0));
    assertThat(merged.get(0).text()).endsWith("w32 w33.");
    assertThat(merged.get(1).text()).startsWith("w34 w35");
  }

  @Test
  void utteranceNeverGrowsPastSixtySeconds() {
    List<Cue> merged = merger.merge(words(150, 0, 149));

    assertThat(merged)
        .extracting(Cue::start, Cue::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, 60.0),
            org.assertj.core.groups.Tuple.tuple(60.0, 75.0));
  }

  @Test
  void unpunctuatedWordsBreakBeforeTwentySeconds() {
    List<Cue> merged = merger.merge(words(100));

    assertThat(merged)
        .extracting(Cue::start, Cue::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, 20.0),
            org.assertj.core.groups.Tuple.tuple(20.0, 40.0),
            org.assertj.core.groups.Tuple.tuple(40.0, 50.0));
  }

  @Test
  void unpunctuatedWordsFifteenSecondsLongBreakAtTheNextPauseAndNoSooner() {
    List<Cue> words = new ArrayList<>(words(34));
    words.add(new Cue(0, 17.4, 17.9, "Ann", "after"));
    words.add(new Cue(0, 17.9, 18.4, "Ann", "the"));
    words.add(new Cue(0, 18.6, 19.0, "Ann", "pause"));

    List<Cue> merged = merger.merge(words);

    assertThat(merged)
        .extracting(Cue::start, Cue::end, Cue::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, 17.0, merged.get(0).text()),
            org.assertj.core.groups.Tuple.tuple(17.4, 19.0, "after the pause"));
    assertThat(merged.get(0).text()).startsWith("w0 w1").endsWith("w33");
  }

  @Test
  void gapOfMoreThanOneAndAHalfSecondsOrANewSpeakerStartsAnUtterance() {
    List<Cue> merged =
        merger.merge(
            List.of(
                new Cue(1, 0.0, 0.4, "Ann", "one"),
                new Cue(2, 1.9, 2.2, "Ann", "two"),
                new Cue(3, 3.8, 4.0, "Ann", "three"),
                new Cue(4, 4.1, 4.5, "Bob", "four")));

    assertThat(merged)
        .containsExactly(
            new Cue(1, 0.0, 2.2, "Ann", "one two"),
            new Cue(3, 3.8, 4.0, "Ann", "three"),
            new Cue(4, 4.1, 4.5, "Bob", "four"));
  }
}
