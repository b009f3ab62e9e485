package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.ingest.source.Draft;
import org.junit.jupiter.api.Test;

class ApplePodcastsPageTests {

  private final Draft draft = Pages.sample(Pages.APPLE);

  @Test
  void applePageIsRecognized() {
    assertThat(Pages.format(draft)).isEqualTo("apple-podcasts-page");
  }

  @Test
  void joinedHeadingSplitsWhereTheAcronymedPodcastNameBegins() {
    assertThat(draft.title()).isEqualTo("Neel Nanda - Mechanistic Interpretability");
    assertThat(draft.podcast()).isEqualTo("Machine Learning Street Talk (MLST)");
  }

  @Test
  void durationInWordsIsReadAndNoDateIsInvented() {
    assertThat(draft.durationSeconds()).isEqualTo(15000);
    assertThat(draft.published()).isNull();
    assertThat(draft.links()).isEqualTo(Links.NONE);
    assertThat(draft.references()).isEmpty();
  }

  @Test
  void appleTocKeepsTwelveChapterSeconds() {
    assertThat(draft.chapters())
        .containsExactly(
            new Chapter(0, "Introduction and Neel Nanda's Interests (walk and talk)"),
            new Chapter(195, "Mechanistic Interpretability: Reverse Engineering Neural Networks"),
            new Chapter(803, "Discord questions"),
            new Chapter(1276, "Main interview kick-off in studio"),
            new Chapter(2966, "Grokking and Sudden Generalization"),
            new Chapter(3198, "The Debate on Systematicity and Compositionality"),
            new Chapter(4756, "How do ML models represent their thoughts"),
            new Chapter(5151, "Do Large Language Models Learn World Models?"),
            new Chapter(6816, "Superposition and Interference in Language Models"),
            new Chapter(9795, "Transformers discussion"),
            new Chapter(10189, "Emergence and In-Context Learning"),
            new Chapter(12002, "Superintelligence/XRisk discussion"));
  }

  @Test
  void repeatedBlockAppearsOnce() {
    assertThat(draft.description()).hasSize(4);
    assertThat(draft.description().get(0)).startsWith("In this wide-ranging conversation,");
    assertThat(draft.description().get(2)).startsWith("The conversation turns to whether");
    assertThat(draft.description().get(3))
        .startsWith("On the existential risks from AI,")
        .endsWith("one of the most important issues of our time.");
  }

  @Test
  void superpositionParagraphIsKeptExactlyOnce() {
    String superposition =
        "Neel argues that \"superposition\", the ability for models to represent more features"
            + " than they have neurons, is one of the biggest open problems in interpretability."
            + " This is because superposition thwarts our ability to understand models by"
            + " decomposing them into individual units of analysis. Despite this, Neel remains"
            + " optimistic that ambitious interpretability is possible, citing examples like his"
            + " work reverse engineering how models do modular addition. However, Neel notes we"
            + " must start small, build rigorous foundations, and not assume our theoretical"
            + " frameworks perfectly match reality.";
    assertThat(draft.description()).containsOnlyOnce(superposition);
    assertThat(draft.description().get(1)).isEqualTo(superposition);
  }

  @Test
  void listingLinksAndPageHeadingsAreNotAnswerable() {
    assertThat(Pages.answerableText(draft))
        .doesNotContain(
            "Top Podcasts",
            "George Buhnici",
            "Lex Fridman",
            "WIRED",
            "Dragos Stanca",
            "Support us",
            "patreon",
            "discord.gg",
            "twitter.com",
            "neelnanda.io",
            "docs.google",
            "Transcript:",
            "• Technology",
            "TOC",
            "4 hrs 10 min");
  }
}
