package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Links;
import dev.podcastqa.ingest.source.Draft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataPageTests {

  private final Draft draft = Pages.sample(Pages.METADATA);

  @Test
  void metadataPageIsRecognized() {
    assertThat(Pages.format(draft)).isEqualTo("metadata-page");
  }

  @Test
  void titleIsTheLineAfterTheEpisodeLabel() {
    assertThat(draft.title())
        .isEqualTo("Neel Nanda - Mechanistic Interpretability (Sparse Autoencoders)");
  }

  @Test
  void labelledFieldsGivePodcastDateAndDuration() {
    assertThat(draft.podcast()).isEqualTo("Machine Learning Street Talk (MLST)");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 12, 7));
    assertThat(draft.durationSeconds()).isEqualTo(13356);
  }

  @Test
  void canonicalSourceIsThePageAndAudioIsTheAudio() {
    assertThat(draft.links().page())
        .isEqualTo(
            "https://podcasters.spotify.com/pod/show/machinelearningstreettalk/episodes/"
                + "Neel-Nanda---Mechanistic-Interpretability-Sparse-Autoencoders-e2s186i");
    assertThat(draft.links().audio())
        .isEqualTo(
            "https://anchor.fm/s/1e4a0eac/podcast/play/95510162/"
                + "https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront.net%2Fstaging%2F2024-11-7%2F"
                + "c6f11920-f06a-6c65-f767-1b957d252a38.mp3");
    assertThat(draft.links().video()).isNull();
  }

  @Test
  void metadataPageHasNoChaptersOrReferences() {
    assertThat(draft.chapters()).isEmpty();
    assertThat(draft.references()).isEmpty();
  }

  @Test
  void summaryBulletsBecomeParagraphsAndTheCutOffBulletIsDropped() {
    assertThat(draft.description())
        .hasSize(5)
        .endsWith(
            "We riff on:",
            "How neural networks develop meaningful internal representations beyond simple"
                + " pattern matching",
            "The effectiveness of chain-of-thought prompting and why it improves model"
                + " performance",
            "The importance of hands-on coding over extensive paper reading for new researchers");
    assertThat(draft.description().get(0))
        .startsWith("Neel Nanda, a senior research scientist at Google DeepMind,")
        .endsWith("algorithms that emerge within these networks.");
  }

  @Test
  void sponsorMessagesAndSiteFieldsAreNotAnswerable() {
    assertThat(Pages.answerableText(draft))
        .doesNotContain(
            "CentML",
            "Tufa",
            "SPONSOR",
            "***",
            "SHOWNOTES",
            "dropbox",
            "Processing state",
            "processed",
            "POST",
            "stenobird",
            "agent-friendly",
            "/v1/public",
            "His jour");
  }

  @Test
  void labelAndValueOnOneLineAreReadToo() {
    Draft inline = Pages.fixture("metadata-inline.txt");
    assertThat(Pages.format(inline)).isEqualTo("metadata-page");
    assertThat(inline.title()).isEqualTo("Induction Heads Explained");
    assertThat(inline.podcast()).isEqualTo("Deep Learning Chats");
    assertThat(inline.published()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(inline.durationSeconds()).isEqualTo(2700);
    assertThat(inline.links())
        .isEqualTo(
            new Links(
                "https://example.org/episodes/induction-heads",
                "https://cdn.example.org/audio/induction-heads.mp3",
                null));
    assertThat(inline.description())
        .containsExactly("In-context learning emerges once a model forms induction heads.");
  }
}
