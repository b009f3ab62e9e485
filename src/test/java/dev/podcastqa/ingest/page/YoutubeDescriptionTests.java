package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import org.junit.jupiter.api.Test;

class YoutubeDescriptionTests {

  private final Draft draft = Pages.sample(Pages.YOUTUBE);

  @Test
  void youtubeDescriptionIsRecognized() {
    assertThat(Pages.format(draft)).isEqualTo("youtube-description");
  }

  @Test
  void titleIsTheFirstLineAndNothingElseIsStated() {
    assertThat(draft.title()).isEqualTo("NEURAL NETWORKS ARE WEIRD! - Neel Nanda (DeepMind)");
    assertThat(draft.podcast()).isNull();
    assertThat(draft.published()).isNull();
    assertThat(draft.durationSeconds()).isNull();
    assertThat(draft.links()).isEqualTo(Links.NONE);
    assertThat(draft.chapters()).isEmpty();
  }

  @Test
  void referencesKeepEverySecondAndLabelWithoutCategoryWords() {
    assertThat(draft.references())
        .containsExactly(
            new Reference(0, "Neel Nanda - Personal Website", "https://www.neelnanda.io/"),
            new Reference(2100, "TransformerLens", null),
            new Reference(3631, "A Mathematical Framework for Transformer Circuits", null),
            new Reference(3700, "In-context Learning and Induction Heads", null),
            new Reference(4866, "Scaling Monosemanticity", null),
            new Reference(
                5607,
                "Refusal in Language Models Is Mediated by a Single Direction",
                "https://arxiv.org/abs/2406.11717"));
  }

  @Test
  void descriptionIsTheTextAfterTheUnclosedSponsorMessage() {
    assertThat(draft.description()).hasSize(1);
    assertThat(draft.description().get(0))
        .startsWith("Neel Nanda leads the mechanistic interpretability team at Google DeepMind.")
        .contains("Golden Gate Claude experiment")
        .endsWith(
            "hands-on coding matters more than reading papers for new researchers"
                + " entering the field.");
  }

  @Test
  void sponsorReferencesAndLinksAreNotAnswerable() {
    assertThat(Pages.answerableText(draft))
        .doesNotContain(
            "CentML",
            "centml.ai",
            "SPONSOR",
            "REFERENCES",
            "person:",
            "TransformerLens",
            "LINKS",
            "rescript",
            "Download PDF",
            "scholar.google",
            "x.com/NeelNanda5",
            "---");
  }
}
