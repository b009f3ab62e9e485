package dev.podcastqa.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.SourceText;
import org.junit.jupiter.api.Test;

class TimedHeadingsTests {

  @Test
  void headingsWithATimeBeforeOrAfterTheTitleAreChapters() {
    assertThat(TimedHeadings.chapter("## [00:00:12] Polymath Overview"))
        .contains(new Chapter(12, "Polymath Overview"));
    assertThat(TimedHeadings.chapter("## 00:12:14 Market Reality"))
        .contains(new Chapter(734, "Market Reality"));
    assertThat(TimedHeadings.chapter("## Market Reality [00:12:14]"))
        .contains(new Chapter(734, "Market Reality"));
    assertThat(TimedHeadings.chapter("### Market Reality (12:14)"))
        .contains(new Chapter(734, "Market Reality"));
    assertThat(TimedHeadings.chapter("# (1:02:03) - Wrap-up"))
        .contains(new Chapter(3723, "Wrap-up"));
  }

  @Test
  void headingsWithoutATimeAndTimedLinesThatAreNoHeadingsAreNot() {
    assertThat(TimedHeadings.chapter("## Part one")).isEmpty();
    assertThat(TimedHeadings.chapter("## 2023 in review")).isEmpty();
    assertThat(TimedHeadings.chapter("## [00:00:12]")).isEmpty();
    assertThat(TimedHeadings.chapter("[00:00:12] **Audrow Nash:** Alright.")).isEmpty();
    assertThat(TimedHeadings.chapter("Market Reality [00:12:14]")).isEmpty();
  }

  @Test
  void timedHeadingLinesAreLeftBlankInTheBodyTheirNumbersKept() {
    SourceText text =
        SourceText.of(
            "talk.md", "## Guests\n\n## [00:00:12] Overview\n\n[00:00:12] **Ann:** Hello there.");

    TimedHeadings headings =
        MarkdownDocument.recognize(text, p -> {}).orElseThrow().timedHeadings();

    assertThat(headings.chapters()).containsExactly(new Chapter(12, "Overview"));
    assertThat(headings.body().lines())
        .containsExactly("Guests", "", "", "", "[00:00:12] Ann: Hello there.");
  }
}
