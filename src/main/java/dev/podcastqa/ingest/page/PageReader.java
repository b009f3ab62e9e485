package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.Draft;
import dev.podcastqa.ingest.SourceText;

/** Reads a saved episode page of any recognized shape into a draft. */
public final class PageReader {

  /**
   * Reads {@code text} as an episode page.
   *
   * @throws dev.podcastqa.ingest.SourceException when the text holds no episode (empty, or no title
   *     can be found)
   */
  public Draft read(SourceText text) {
    throw new UnsupportedOperationException("page reading is not built yet");
  }
}
