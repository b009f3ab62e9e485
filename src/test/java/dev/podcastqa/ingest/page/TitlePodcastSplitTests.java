package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlePodcastSplitTests {

  @Test
  void trailingWordsSpellingTheAcronymAreThePodcast() {
    assertThat(
            TitlePodcastSplit.of(
                "Neel Nanda - Mechanistic Interpretability Machine Learning Street Talk (MLST)"))
        .contains(
            new TitlePodcastSplit(
                "Neel Nanda - Mechanistic Interpretability",
                "Machine Learning Street Talk (MLST)"));
  }

  @Test
  void minorWordsMayBeLeftOutOfTheAcronym() {
    assertThat(TitlePodcastSplit.of("Episode 12: Scaling Laws The Tim Ferriss Show (TFS)"))
        .contains(new TitlePodcastSplit("Episode 12: Scaling Laws", "The Tim Ferriss Show (TFS)"));
  }

  @Test
  void separatorBeforeThePodcastIsNotPartOfTheTitle() {
    assertThat(TitlePodcastSplit.of("Grokking - Deep Learning Chats (DLC)"))
        .contains(new TitlePodcastSplit("Grokking", "Deep Learning Chats (DLC)"));
  }

  @Test
  void parenthesisThatSpellsNothingLeavesTheLineWhole() {
    assertThat(TitlePodcastSplit.of("NEURAL NETWORKS ARE WEIRD! - Neel Nanda (DeepMind)"))
        .isEmpty();
    assertThat(TitlePodcastSplit.of("Scaling Laws Explained (GPT)")).isEmpty();
    assertThat(TitlePodcastSplit.of("A title with no podcast")).isEmpty();
  }

  @Test
  void aLineThatIsOnlyThePodcastNameIsNotSplit() {
    assertThat(TitlePodcastSplit.of("Machine Learning Street Talk (MLST)")).isEmpty();
  }
}
