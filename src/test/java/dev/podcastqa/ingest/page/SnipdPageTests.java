package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Draft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SnipdPageTests {

  private final Draft draft = Pages.sample(Pages.SNIPD);

  @Test
  void snipdPageIsRecognized() {
    assertThat(Pages.format(draft)).isEqualTo("snipd-page");
  }

  @Test
  void headerGivesPodcastTitleDateAndDuration() {
    assertThat(draft.podcast()).isEqualTo("Machine Learning Street Talk (MLST)");
    assertThat(draft.title()).isEqualTo("Neel Nanda - Mechanistic Interpretability");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(draft.durationSeconds()).isEqualTo(15000);
    assertThat(draft.chapters()).isEmpty();
    assertThat(draft.references()).isEmpty();
  }

  @Test
  void summaryTakeawaysAndDeepDiveAreAnswerableInPageOrder() {
    assertThat(draft.description()).hasSize(5);
    assertThat(draft.description().get(0))
        .startsWith("Neel Nanda, a researcher at DeepMind specializing in mechanistic")
        .endsWith("add depth to the conversation.");
    assertThat(draft.description().subList(1, 4))
        .containsExactly(
            "Models can represent their thoughts using motifs, circuits, and linear directional"
                + " features communicated via a 'residual stream' as an information highway.",
            "Superposition, the ability for models to represent more features than neurons, is a"
                + " key challenge in interpretability.",
            "The Fourier multiplication algorithm: Understanding the mechanism behind groking");
    assertThat(draft.description().get(4))
        .startsWith("The paper explores the algorithm behind groking in a one-layer transformer")
        .endsWith("followed by sudden cleanup in test loss.");
  }

  @Test
  void coverBannersPromotionAndSectionLabelsAreNotAnswerable() {
    assertThat(Pages.answerableText(draft))
        .doesNotContain(
            "cover image",
            "App store banner",
            "Play store banner",
            "Snipd",
            "Remember Everything",
            "Save insights",
            "Episode guests",
            "Quick takeaways",
            "Deep dives",
            "04:10:00",
            "Jun 18, 2023",
            "•");
  }
}
