package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimestampedTextTests {

  @Test
  void anyOtherTextIsReadAsTextWithTimestamps() {
    assertThat(Pages.format(Pages.fixture("all-timestamp-forms.txt")))
        .isEqualTo("text-with-timestamps");
    assertThat(Pages.format(Pages.fixture("no-timestamps.txt"))).isEqualTo("text-with-timestamps");
  }

  @Test
  void everyTimestampFormOpensAChapterAtItsSecond() {
    Draft draft = Pages.fixture("all-timestamp-forms.txt");
    assertThat(draft.chapters())
        .extracting(Chapter::startSeconds, Chapter::title)
        .containsExactly(
            tuple(0, "Welcome"),
            tuple(30, "Quick definitions"),
            tuple(284, "Why neurons are polysemantic"),
            tuple(750, "Training the dictionary"),
            tuple(3902, "Sponsors: Example Cloud"),
            tuple(5025, "Open problems"));
  }

  @Test
  void textUnderAChapterBecomesItsNotesWithoutLinksOrAds() {
    Draft draft = Pages.fixture("all-timestamp-forms.txt");
    assertThat(draft.chapters())
        .extracting(Chapter::notes)
        .containsExactly(
            "",
            "",
            "Neurons fire for many unrelated concepts,\n"
                + "which makes them hard to read one by one.\n\n"
                + "Superposition packs more features than dimensions.",
            "We train with an L1 penalty on the codes.",
            "",
            "Nobody knows yet how to measure what the dictionary misses.");
    assertThat(Pages.answerableText(draft))
        .doesNotContain("Example Cloud", "GPUs", "paper.pdf", "Follow us");
  }

  @Test
  void labelledLinesBeforeTheFirstChapterAreMetadata() {
    Draft draft = Pages.fixture("all-timestamp-forms.txt");
    assertThat(draft.title()).isEqualTo("How Sparse Autoencoders Find Features");
    assertThat(draft.podcast()).isEqualTo("The Interpretability Hour");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(draft.durationSeconds()).isEqualTo(5400);
    assertThat(draft.links())
        .isEqualTo(
            new Links(
                "https://example.org/episodes/sparse-autoencoders",
                "https://cdn.example.org/audio/sparse-autoencoders.mp3",
                null));
  }

  @Test
  void untimedTextBeforeTheFirstChapterIsTheDescription() {
    assertThat(Pages.fixture("all-timestamp-forms.txt").description())
        .containsExactly(
            "We talk about sparse autoencoders, dictionary learning and why\n"
                + "features are easier to read than neurons.");
  }

  @Test
  void pageWithoutTimestampsIsAllDescription() {
    Draft draft = Pages.fixture("no-timestamps.txt");
    assertThat(draft.title()).isEqualTo("A Conversation About Grokking");
    assertThat(draft.podcast()).isEqualTo("Deep Learning Chats");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2023, 6, 18));
    assertThat(draft.durationSeconds()).isEqualTo(2700);
    assertThat(draft.chapters()).isEmpty();
    assertThat(draft.description())
        .containsExactly(
            "Grokking is when a network suddenly generalizes long after it memorized its"
                + " training set.",
            "We discuss weight decay, circuit formation and cleanup.",
            "Memorization comes first",
            "Generalization follows slowly");
    assertThat(Pages.answerableText(draft)).doesNotContain("Example Cloud", "SPONSORS");
  }

  @Test
  void titleFieldWinsOverTheFirstLine() {
    Draft draft = Pages.fixture("title-field.txt");
    assertThat(draft.title()).isEqualTo("Induction Heads Explained");
    assertThat(draft.podcast()).isEqualTo("Deep Learning Chats");
    assertThat(draft.description())
        .containsExactly("An episode about in-context learning and the circuits behind it.");
    assertThat(draft.chapters())
        .containsExactly(new Chapter(0, "Intro"), new Chapter(130, "What an induction head does"));
  }

  @Test
  void emptyFileIsNoEpisode() {
    assertThatThrownBy(() -> Pages.fixture("empty.txt"))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e -> {
              SourceException source = (SourceException) e;
              assertThat(source.problem().location()).endsWith("pages/empty.txt");
              assertThat(source.problem().line()).isZero();
              assertThat(source.problem().reason()).contains("empty");
            });
  }

  @Test
  void whitespaceOnlyFileIsNoEpisode() {
    assertThatThrownBy(() -> Pages.fixture("whitespace.txt"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("whitespace.txt")
        .hasMessageContaining("empty");
  }

  @Test
  void pageOfOnlyLinksHasNoTitleAndIsNoEpisode() {
    assertThatThrownBy(() -> Pages.fixture("only-links.txt"))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e -> {
              SourceException source = (SourceException) e;
              assertThat(source.problem().line()).isEqualTo(1);
              assertThat(source.problem().reason()).contains("no episode title");
            });
  }

  @Test
  void timestampedLineEndingWithALinkIsAReferenceNotAChapter() {
    Draft draft = Pages.fixture("references.txt");

    assertThat(draft.references())
        .extracting(Reference::startSeconds, Reference::label, Reference::url)
        .containsExactly(
            tuple(750, "The Chinchilla paper", "https://arxiv.org/abs/2203.15556"),
            tuple(
                3723,
                "Scaling Laws for Neural Language Models",
                "https://arxiv.org/abs/2001.08361"));
    assertThat(draft.chapters())
        .extracting(Chapter::startSeconds, Chapter::title, Chapter::notes)
        .containsExactly(
            tuple(0, "Introduction", ""),
            tuple(765, "Compute-optimal training", "We compare the two papers."));
  }
}
