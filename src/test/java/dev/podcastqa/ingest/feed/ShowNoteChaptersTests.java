package dev.podcastqa.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.Fixture;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chapter lines written in show notes, in each form podcasts write them, become chapters when the
 * item's {@code podcast:chapters} gives none; clutter lines around them are not description, and
 * content that only mentions sponsors or donations stays.
 */
class ShowNoteChaptersTests {

  private static final String FEED_URL = ResourceFetcher.BASE + "feeds/show-note-chapters.xml";

  private final List<Problem> problems = new ArrayList<>();
  private final List<Draft> drafts =
      new FeedReader(new ResourceFetcher(), new TranscriptReader())
          .read(
              SourceText.of(FEED_URL, Fixture.text("feeds/show-note-chapters.xml").content()),
              problems::add);

  @Test
  void parenthesisedLinesInAnHtmlListBecomeChapters() {
    Draft draft = titled("Sparse Autoencoders, Explained");

    assertThat(draft.chapters())
        .containsExactly(
            new Chapter(0, "Intro"),
            new Chapter(192, "What a sparse autoencoder is"),
            new Chapter(1577, "Features that outnumber neurons"),
            new Chapter(3765, "Open problems"));
    assertThat(draft.description())
        .containsExactly(
            "Neel and Tim walk through sparse autoencoders: what they are, why features outnumber"
                + " neurons, and how to tell a real feature from an artefact.",
            "Chapters");
  }

  @Test
  void dashedLinesInAPlainDescriptionBecomeChapters() {
    Draft draft = titled("Grokking in Practice");

    assertThat(draft.chapters())
        .containsExactly(
            new Chapter(0, "Welcome"),
            new Chapter(270, "The modular arithmetic experiment"),
            new Chapter(2465, "Weight decay and the clean-up phase"));
    assertThat(draft.description())
        .containsExactly("Why networks suddenly generalize long after they memorize.");
  }

  @Test
  void bracketedLinesBetweenLineBreaksBecomeChaptersAndSponsorTalkStays() {
    Draft draft = titled("Maintainers and Money");

    assertThat(draft.chapters())
        .containsExactly(
            new Chapter(0, "Hello"),
            new Chapter(760, "GitHub Sponsors and its limits"),
            new Chapter(3489, "Wrapping up"));
    assertThat(draft.description())
        .containsExactly(
            "We talk about how open-source maintainers find sponsors, and why donations rarely"
                + " cover the work. Produced content on the web is cheap; maintenance is not.");
  }

  @Test
  void aStrayTimeInTheNotesIsNotAChapterAndACreditLineIsNotDescription() {
    Draft draft = titled("A Stray Time Is Not a Chapter");

    assertThat(draft.chapters()).isEmpty();
    assertThat(draft.description())
        .containsExactly("We recorded at 10:30 in the morning, and it shows.");
  }

  @Test
  void chaptersFromTheLinkedFileWinOverNoteLines() {
    Draft draft = titled("Linked Chapters Win");

    assertThat(draft.chapters())
        .extracting(Chapter::title)
        .containsExactly("Intro", "Sparse autoencoders", "Outro");
  }

  @Test
  void noteChaptersNeedNoProblemLine() {
    assertThat(problems).isEmpty();
  }

  private Draft titled(String title) {
    return drafts.stream().filter(d -> title.equals(d.title())).findFirst().orElseThrow();
  }
}
