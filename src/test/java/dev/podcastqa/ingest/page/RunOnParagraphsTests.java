package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunOnParagraphsTests {

  @Test
  void inlineBulletsBecomeParagraphsAndACutOffBulletIsDropped() {
    assertThat(RunOnParagraphs.split("We riff on: * Networks * Prompting * His jour…"))
        .containsExactly("We riff on:", "Networks", "Prompting");
  }

  @Test
  void cutOffParagraphKeepsItsCompleteSentences() {
    assertThat(RunOnParagraphs.split("First sentence. Second one is cut off in the midd…"))
        .containsExactly("First sentence.");
  }

  @Test
  void cutOffSingleFragmentIsDropped() {
    assertThat(RunOnParagraphs.split("Only a fragm…")).isEmpty();
  }

  @Test
  void sponsorAndLinkSpansSplitTheTextIntoParagraphs() {
    assertThat(
            RunOnParagraphs.split(
                "Intro text. SPONSOR MESSAGES: *** Ad https://ad.example/ *** SHOWNOTES:"
                    + " https://notes.example/ Closing text."))
        .containsExactly("Intro text.", "Closing text.");
  }

  @Test
  void lineBulletsAreStrippedOfTheirMarker() {
    assertThat(RunOnParagraphs.split("• Superposition is a key challenge."))
        .containsExactly("Superposition is a key challenge.");
    assertThat(RunOnParagraphs.split("We cover:\n- one point\n- another point"))
        .containsExactly("We cover:", "one point", "another point");
  }

  @Test
  void arithmeticInProseIsNotAList() {
    assertThat(RunOnParagraphs.split("The model computes 2 * 3 without carrying."))
        .containsExactly("The model computes 2 * 3 without carrying.");
  }

  @Test
  void anEllipsisAfterASpaceIsNotACutOff() {
    assertThat(RunOnParagraphs.split("And then … silence.")).containsExactly("And then … silence.");
  }
}
