package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedBlocksTests {

  @Test
  void exactRepeatKeepsTheFirst() {
    assertThat(
            RepeatedBlocks.keepOnce(
                List.of("A long enough paragraph.", "B", "A long  enough paragraph.")))
        .containsExactly("A long enough paragraph.", "B");
  }

  @Test
  void teaserContainedInALongerParagraphGoes() {
    String teaser = "In this episode, two researchers discuss interpretability.";
    String full = teaser + " They explore models, compute and algorithms.";
    assertThat(RepeatedBlocks.keepOnce(List.of(teaser, "Other.", full)))
        .containsExactly("Other.", full);
  }

  @Test
  void shortBlocksMayRecurInsideLongerOnes() {
    assertThat(RepeatedBlocks.keepOnce(List.of("Superposition", "Superposition is hard to study.")))
        .containsExactly("Superposition", "Superposition is hard to study.");
  }

  @Test
  void repeatedChaptersAreKeptOnce() {
    Chapter intro = new Chapter(0, "Intro");
    Chapter grokking = new Chapter(2966, "Grokking");
    assertThat(RepeatedBlocks.chaptersOnce(List.of(intro, grokking, intro, grokking)))
        .containsExactly(intro, grokking);
  }

  @Test
  void aRepeatedChapterKeepsTheNotesOfTheCopyThatHasThemWhereTheFirstStood() {
    Chapter listed = new Chapter(139, "What was Rome?");
    Chapter ad = new Chapter(609, "Ad");
    Chapter heading = new Chapter(139, "What was Rome?", "Justin: So what was Rome?");
    assertThat(RepeatedBlocks.chaptersOnce(List.of(listed, ad, heading)))
        .containsExactly(heading, ad);
    assertThat(RepeatedBlocks.chaptersOnce(List.of(heading, ad, listed)))
        .containsExactly(heading, ad);
  }
}
