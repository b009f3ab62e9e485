package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SponsorCopyTests {

  @Test
  void messageOpenedWithStarsEndsAtTheClosingStars() {
    String text =
        "Before. SPONSOR MESSAGES: *** Ad one https://a.example/ Ad two https://b.example/ ***"
            + " After.";
    assertThat(SponsorCopy.outsideSponsorSpans(text)).containsExactly("Before. ", " After.");
  }

  @Test
  void messageWithoutClosingStarsEndsAfterItsFirstUrl() {
    String text =
        "SPONSOR MESSAGES: *** CentML offers pricing. https://centml.ai/pricing/ Neel leads.";
    assertThat(SponsorCopy.outsideSponsorSpans(text)).containsExactly("", " Neel leads.");
  }

  @Test
  void messageWithoutUrlRunsToTheEnd() {
    assertThat(SponsorCopy.outsideSponsorSpans("Intro. Sponsors: Box AI and friends"))
        .containsExactly("Intro. ", "");
  }

  @Test
  void textWithoutSponsorIsWhole() {
    assertThat(SponsorCopy.outsideSponsorSpans("The sponsorship of science matters."))
        .containsExactly("The sponsorship of science matters.");
  }
}
