package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Reference;
import org.junit.jupiter.api.Test;

class InlineReferencesTests {

  @Test
  void categoryWordsBeforeATimestampAreNotPartOfTheLabel() {
    assertThat(
            InlineReferences.parse(
                "person: [00:00:00] Jane Doe https://jane.example/ paper: [00:10:00] A Paper"
                    + " tool: [00:20:00] A Tool"))
        .containsExactly(
            new Reference(0, "Jane Doe", "https://jane.example/"),
            new Reference(600, "A Paper", null),
            new Reference(1200, "A Tool", null));
  }

  @Test
  void shortenedUrlsAreNoLinks() {
    assertThat(
            InlineReferences.parse("[01:00:31] Circuits https://transformer-circuits.pub/2021..."))
        .containsExactly(new Reference(3631, "Circuits", null));
    assertThat(InlineReferences.parse("[00:01:00] Lens https://github.com/Org…"))
        .containsExactly(new Reference(60, "Lens", null));
  }

  @Test
  void timestampWithoutLabelGivesNoReference() {
    assertThat(InlineReferences.parse("[00:01:00] https://example.org/only-a-link")).isEmpty();
  }
}
