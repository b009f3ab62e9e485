package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.ingest.source.Draft;
import org.junit.jupiter.api.Test;

class PodcastSitePageTests {

  private final Draft draft = Pages.sample(Pages.SITE);

  @Test
  void podcastSitePageIsRecognized() {
    assertThat(Pages.format(draft)).isEqualTo("podcast-site-page");
  }

  @Test
  void titleIsReadOnceAndSubscriptionMessageNamesThePodcast() {
    assertThat(draft.title())
        .isEqualTo(
            "Mechanistic Interpretability: Philosophy, Practice & Progress with Goodfire's"
                + " Daniel & Tom");
    assertThat(draft.podcast()).isEqualTo("The Cognitive Revolution");
    assertThat(draft.published()).isNull();
    assertThat(draft.durationSeconds()).isNull();
    assertThat(draft.links()).isEqualTo(Links.NONE);
    assertThat(draft.references()).isEmpty();
  }

  @Test
  void chaptersKeepEveryStartSecondIncludingSponsorBreaks() {
    assertThat(draft.chapters())
        .containsExactly(
            new Chapter(0, "About the Episode"),
            new Chapter(284, "Introduction and Welcome"),
            new Chapter(322, "Framing the Field of Machine Learning"),
            new Chapter(371, "Empirical Data and Interpretability"),
            new Chapter(591, "Challenges in Model Experimentation"),
            new Chapter(628, "Unsupervised Learning and Interpretability"),
            new Chapter(732, "The Role of Compute and Algorithms"),
            new Chapter(888, "Analogies in Interpretability (Part 1)"),
            new Chapter(982, "Sponsors: Box AI | Oracle Cloud Infrastructure (OCI)"),
            new Chapter(1153, "Analogies in Interpretability (Part 2)"),
            new Chapter(1180, "Philosophical Questions in Interpretability"),
            new Chapter(1399, "Current State and Future Directions"),
            new Chapter(1940, "The Paradigm of Interpretability (Part 1)"),
            new Chapter(2094, "Sponsors: ElevenLabs | NetSuite | Shopify"),
            new Chapter(2372, "The Paradigm of Interpretability (Part 2)"),
            new Chapter(2503, "Competing Approaches and Techniques"),
            new Chapter(2894, "Machine Learning Techniques for Better Decomposition"),
            new Chapter(3441, "Minimum Description Length and Interpretability"),
            new Chapter(3567, "Understanding Minimum Description Length"),
            new Chapter(3596, "Sparse Autoencoders and Optimization Targets"),
            new Chapter(3815, "Challenges in Model Reconstruction"),
            new Chapter(3902, "Dark Matter in Scaling Analysis"),
            new Chapter(4003, "Exploring Features and Interpretability"),
            new Chapter(4761, "Scientific Discovery and Interpretability"),
            new Chapter(6232, "Applications of Interpretability Techniques"),
            new Chapter(6643, "Good Fire's Mission and Future Directions"),
            new Chapter(6826, "Outro"));
    assertThat(draft.chapters()).filteredOn(Chapter::isSponsorBreak).hasSize(2);
  }

  @Test
  void teaserContainedInTheDescriptionAppearsOnce() {
    assertThat(draft.description()).hasSize(1);
    assertThat(draft.description().get(0))
        .startsWith(
            "In this episode, Daniel Balsam and Tom McGrath, at Goodfire, discuss the future of"
                + " mechanistic interpretability in AI models. They explore")
        .endsWith("advance interpretability as a critical area in AI research.");
  }

  @Test
  void sponsorsButtonsLinksAndAccountMessagesAreNotAnswerable() {
    assertThat(Pages.answerableText(draft))
        .doesNotContain(
            "Box AI",
            "Oracle",
            "ElevenLabs",
            "NetSuite",
            "Shopify",
            "SPONSORS",
            "Watch Episode Here",
            "Read Episode Description",
            "PRODUCED BY",
            "aipodcast.ing",
            "SOCIAL LINKS",
            "x.com",
            "linkedin",
            "signed in",
            "signed up",
            "subscribed",
            "magic link",
            "billing");
  }
}
