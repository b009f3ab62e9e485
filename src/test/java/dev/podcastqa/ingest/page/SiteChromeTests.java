package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteChromeTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://aipodcast.ing",
        "Support us! https://www.patreon.com/mlst",
        "Twitter (Podcast): https://x.com/cogrev_podcast",
        "NEEL NANDA: https://www.neelnanda.io/ https://x.com/NeelNanda5",
        "SHOWNOTES, TRANSCRIPT, ALL REFERENCES (DONT MISS!): https://example.org/notes.pdf",
        "Machine Learning Street Talk (MLST) cover image",
        "App store bannerPlay store banner",
        "Watch Episode Here",
        "Read Episode Description",
        "Listen to the full episode now",
        "Great! You’ve successfully signed up.",
        "Welcome back! You've successfully signed in.",
        "You've successfully subscribed to The Cognitive Revolution.",
        "Success! Check your email for magic link to sign-in.",
        "Success! Your billing info has been updated.",
        "Your billing was not updated.",
        "Podcast summary created with Snipd AI",
        "Remember Everything You Learn from Podcasts",
        "Save insights instantly, chat with episodes, and build lasting knowledge - all powered by"
            + " AI."
      })
  void siteChromeLinesAreRecognized(String line) {
    assertThat(SiteChrome.isChromeLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Neel argues that superposition is one of the biggest open problems.",
        "We read the paper at https://arxiv.org/abs/2406.11717 and then argued about it for an"
            + " hour.",
        "Watch how the model learns modular addition over many steps of training.",
        "The guest explains why billing systems are a good test bed for agents, and why the"
            + " Billing team at his company cares."
      })
  void contentLinesAreNotChrome(String line) {
    assertThat(SiteChrome.isChromeLine(line)).isFalse();
  }

  @Test
  void listingsOfOtherPodcastsEndThePage() {
    assertThat(SiteChrome.isListingHeading("Top Podcasts In Technology")).isTrue();
    assertThat(SiteChrome.isListingHeading("You Might Also Like")).isTrue();
    assertThat(SiteChrome.isListingHeading("Top podcasts are a crowded field.")).isFalse();
  }

  @Test
  void capitalizedLinkSpansSplitRunOnText() {
    assertThat(
            SiteChrome.outsideLinkSpans(
                "ends here. SHOWNOTES, ALL REFERENCES (DONT MISS!): https://a.example/x We riff"))
        .containsExactly("ends here. ", "We riff");
  }

  @Test
  void mixedCaseLabelsInsideProseAreNotLinkSpans() {
    String prose = "The paper: https://arxiv.org/abs/1 shows it.";
    assertThat(SiteChrome.outsideLinkSpans(prose)).containsExactly(prose);
  }
}
