package dev.podcastqa.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitedTextTests {

  @Test
  void markersBecomeCitationsNumberedInOrderOfFirstUse() {
    FakeSources sources = new FakeSources(4);
    CitedText text = whole(sources, "Grokking is sudden [3]. Features share neurons [1]. Odd [3].");

    assertThat(text.text())
        .isEqualTo("Grokking is sudden [1]. Features share neurons [2]. Odd [1].");
    assertThat(text.citations()).extracting(Citation::n).containsExactly(1, 2);
    assertThat(text.citations())
        .extracting(Citation::episodeId)
        .containsExactly("passage-3", "passage-1");
    assertThat(text.supportedMarkers()).isEqualTo(3);
  }

  @Test
  void markerNamingNoPassageIsRemovedAndIsNoCitation() {
    CitedText text = whole(new FakeSources(2), "Grokking is sudden [7]. It is odd [2][0].");

    // The first sentence's only marker named no passage, so it goes too.
    assertThat(text.text()).isEqualTo("It is odd [1].");
    assertThat(text.citations()).extracting(Citation::episodeId).containsExactly("passage-2");
    assertThat(text.invalidMarkers()).isEqualTo(2);
  }

  @Test
  void citationItsPassageDoesNotSupportIsDroppedAndCounted() {
    FakeSources sources = new FakeSources(3).refusing(2);
    CitedText text = whole(sources, "Grokking is sudden [1][2]. Nothing else [2].");

    assertThat(text.text()).isEqualTo("Grokking is sudden [1]. Nothing else.");
    assertThat(text.citations()).extracting(Citation::episodeId).containsExactly("passage-1");
    assertThat(text.droppedMarkers()).isEqualTo(2);
    assertThat(text.supportedMarkers()).isEqualTo(1);
  }

  @Test
  void eachSentenceIsCheckedWithoutItsMarkers() {
    FakeSources sources = new FakeSources(3);
    whole(sources, "Grokking [1] is sudden [2].\nIt is \"odd.\" [3] Last one [1]");

    assertThat(sources.checked)
        .containsExactly(
            "1: Grokking is sudden", "2: Grokking is sudden", "3: It is \"odd", "1: Last one");
  }

  @Test
  void markersGoBeforeTheSentencesClosingPunctuation() {
    FakeSources sources = new FakeSources(2);

    assertThat(whole(sources, "It generalizes.[1] Then it stops.[2]").text())
        .isEqualTo("It generalizes [1]. Then it stops [2].");
    assertThat(whole(sources, "It generalizes [1]. Then it stops. [2]").text())
        .isEqualTo("It generalizes [1]. Then it stops [2].");
    assertThat(whole(sources, "He said \"it generalizes.\" [1][2] Yes!").text())
        .isEqualTo("He said \"it generalizes [1][2].\" Yes!");
  }

  @Test
  void markerListsAndNamedPassagesAreMarkersToo() {
    FakeSources sources = new FakeSources(3);

    assertThat(whole(sources, "Both say so [1, 3]. Also [Passage 2].").text())
        .isEqualTo("Both say so [1][2]. Also [3].");
  }

  @Test
  void bracketsThatAreNoMarkerStayText() {
    FakeSources sources = new FakeSources(2);

    assertThat(whole(sources, "He [laughs] says version 3.5 works [2].").text())
        .isEqualTo("He [laughs] says version 3.5 works [1].");
    assertThat(whole(sources, "It ends with a bracket [").text())
        .isEqualTo("It ends with a bracket [");
  }

  @Test
  void paragraphsStayAndSurroundingSpaceGoes() {
    FakeSources sources = new FakeSources(2);

    assertThat(whole(sources, "\n\n  First point [1].\n\n\n\nSecond   point [2].  \n").text())
        .isEqualTo("First point [1].\n\nSecond point [2].");
  }

  @Test
  void streamedPiecesJoinToTheFinalTextHoweverTheReplyIsSplit() {
    String reply =
        "  Grokking [1] is when a network generalizes.[2] It happens late [7]!\n\n"
            + "- Weight decay helps [1, 2]\n- Version 3.5 [laughs] too [Passage 2]. Done [2";
    String expected = whole(new FakeSources(2), reply).text();
    Random random = new Random(42);

    for (int round = 0; round < 200; round++) {
      CitedText text = new CitedText(new FakeSources(2));
      StringBuilder joined = new StringBuilder();
      int at = 0;
      while (at < reply.length()) {
        int size = round == 0 ? 1 : 1 + random.nextInt(12);
        int end = Math.min(reply.length(), at + size);
        joined.append(text.accept(reply.substring(at, end)));
        at = end;
      }
      joined.append(text.finish());

      assertThat(joined.toString()).as("split %d", round).isEqualTo(expected);
      assertThat(text.text()).isEqualTo(expected);
    }
    assertThat(expected)
        .isEqualTo(
            "Grokking is when a network generalizes [1][2].\n\n"
                + "- Weight decay helps [1][2]\n- Version 3.5 [laughs] too [2]. Done [2");
  }

  @Test
  void textIsReleasedSentenceBySentenceAsSoonAsEachIsFinal() {
    CitedText text = new CitedText(new FakeSources(1));

    assertThat(text.accept("Grokking is ")).isEmpty();
    assertThat(text.accept("sudden [")).isEmpty();
    assertThat(text.accept("1]. Next")).isEqualTo("Grokking is sudden [1].");
    assertThat(text.accept(" one [1].")).isEmpty();
    assertThat(text.finish()).isEqualTo(" Next one [1].");
  }

  @Test
  void sentenceWhoseOnlyMarkerNamesNoPassageIsRemovedWithIt() {
    CitedText text =
        whole(
            new FakeSources(2),
            "Grokking is sudden [1]. The hosts also discuss quantum gravity in detail [9]. "
                + "It is odd [2].");

    assertThat(text.text()).isEqualTo("Grokking is sudden [1]. It is odd [2].");
    assertThat(text.invalidMarkers()).isEqualTo(1);
  }

  @Test
  void onlyCitationsLinkAnywhere() {
    CitedText text =
        whole(
            new FakeSources(1),
            "Read [this link](https://evil.example/phish) now [1]. See https://evil.example/x "
                + "or www.evil.example too [1]. Click <a href=\"https://evil.example\">here</a> "
                + "[1]. Or javascript:alert(1) [1].");

    assertThat(text.text())
        .isEqualTo("Read this link now [1]. See or too [1]. Click here [1]. Or [1].")
        .doesNotContain("evil", "http", "javascript", "<");
  }

  @Test
  void timesThePassagesDoNotHoldAreRemoved() {
    CitedText text =
        whole(
            new FakeSources(1),
            "They discuss it at 01:23:45 and again at 00:49:26 [1]. Also (12:34) there [1].");

    assertThat(text.text()).isEqualTo("They discuss it and again at 00:49:26 [1]. Also there [1].");
  }

  private static CitedText whole(FakeSources sources, String reply) {
    CitedText text = new CitedText(sources);
    text.accept(reply);
    text.finish();
    return text;
  }

  /** Passages 1..count that support everything except the ones refused; records every check. */
  private static final class FakeSources implements CitedText.Sources {
    private final int count;
    private Set<Integer> refused = Set.of();
    final List<String> checked = new ArrayList<>();

    FakeSources(int count) {
      this.count = count;
    }

    FakeSources refusing(Integer... passages) {
      refused = Set.of(passages);
      return this;
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public boolean supports(int passage, String sentence) {
      checked.add(passage + ": " + sentence);
      return !refused.contains(passage);
    }

    @Override
    public boolean knowsTime(int seconds) {
      return seconds == 2966; // 00:49:26
    }

    @Override
    public Citation cite(int n, int passage, String sentence) {
      return new Citation(
          n,
          "passage-" + passage,
          "Episode",
          null,
          null,
          null,
          null,
          "/e",
          "/e",
          "quote " + passage);
    }
  }
}
