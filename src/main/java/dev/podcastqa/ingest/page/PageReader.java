package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;

/** Reads a saved episode page of any recognized shape into a draft. */
public final class PageReader {

  /** Tried in order; the generic shape accepts any text, so it comes last. */
  private final List<PageShape> shapes =
      List.of(
          new MetadataPage(),
          new SnipdPage(),
          new ApplePodcastsPage(),
          new PodcastSitePage(),
          new YoutubeDescription(),
          new TimestampedText());

  /**
   * Whether {@code text} is show notes whose timestamped lines are chapters, though a transcript
   * reader may take those lines for speech: labelled fields ({@code Podcast:}, {@code Duration:}
   * ...) come before the first timestamp and the timestamped lines read as chapter titles.
   */
  public boolean isShowNotes(SourceText text) {
    return ShowNotesLines.areShowNotes(text.lines());
  }

  /**
   * Reads {@code text} as an episode page. A page with no title line (its first line a paragraph or
   * punctuation) is still read, its draft untitled: a sidecar or transcript of the same name may
   * title it, or else its file name does when the episode is completed.
   *
   * @throws dev.podcastqa.ingest.source.SourceException when the page is empty
   */
  public Draft read(SourceText text) {
    Page page = Page.of(text);
    if (page.isBlank()) {
      throw new SourceException(text.location(), 0, "the page is empty");
    }
    PageShape shape = shapes.stream().filter(s -> s.matches(page)).findFirst().orElseThrow();
    Draft draft = shape.read(page);
    if (draft.title() == null
        && draft.description().isEmpty()
        && draft.chapters().isEmpty()
        && draft.references().isEmpty()) {
      int firstLine = page.nonBlank().get(0).number();
      throw new SourceException(
          text.location(),
          firstLine,
          "no episode title found in this " + shape.format() + ", nor any text to read");
    }
    return draft;
  }
}
