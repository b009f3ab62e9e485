package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceText;
import org.junit.jupiter.api.Test;

class TitleLineTests {

  @Test
  void lineWithNoLetterIsNoTitle() {
    assertThat(TitleLine.isTitle(".")).isFalse();
    assertThat(TitleLine.isTitle("---")).isFalse();
    assertThat(TitleLine.isTitle("#412")).isFalse();
    assertThat(TitleLine.isTitle("#412 Joscha Bach")).isTrue();
  }

  @Test
  void lineOverTheLimitIsAParagraphNotATitle() {
    assertThat(TitleLine.isTitle("a".repeat(TitleLine.MAX_CHARS))).isTrue();
    assertThat(TitleLine.isTitle("a".repeat(TitleLine.MAX_CHARS + 1))).isFalse();
  }

  @Test
  void speakersLabelAloneIsNoTitle() {
    assertThat(TitleLine.isTitle("SPEAKER_00:")).isFalse();
    assertThat(TitleLine.isTitle("**SPEAKER_00:**")).isFalse();
    assertThat(TitleLine.isTitle("**Jane Doe**:")).isFalse();
    assertThat(TitleLine.isTitle("Jane van der Berg:")).isFalse();
    // a title that goes on after its colon, or with more words than a name, is still a title
    assertThat(TitleLine.isTitle("Episode 12: How Cities Flood")).isTrue();
    assertThat(TitleLine.isTitle("What we learned from five years of it:")).isTrue();
    assertThat(TitleLine.isTitle("SPEAKER_00")).isTrue();
  }

  @Test
  void pageOpeningWithASpeakersLabelIsNotTitledByIt() {
    Draft draft =
        new PageReader()
            .read(
                SourceText.of(
                    "notes.txt",
                    "**SPEAKER_00:**\n\nWelcome back to the show, everybody.\n\nNotes.\n"));

    assertThat(draft.title()).isNull();
  }

  @Test
  void pageOpeningWithAParagraphIsReadUntitledWithTheParagraphFirstInItsDescription() {
    Draft draft =
        new PageReader()
            .read(SourceText.of("notes.txt", "x".repeat(300) + " words\n\nSecond paragraph.\n"));

    assertThat(draft.title()).isNull();
    assertThat(draft.description()).hasSize(2);
    assertThat(draft.description().get(0)).startsWith("xxx");
  }

  @Test
  void punctuationBeforeTheTitleLineIsSkipped() {
    Draft draft = new PageReader().read(SourceText.of("notes.txt", ".\n\nA Title\n\nNotes.\n"));

    assertThat(draft.title()).isEqualTo("A Title");
    assertThat(draft.description()).containsExactly("Notes.");
  }
}
