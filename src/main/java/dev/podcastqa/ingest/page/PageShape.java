package dev.podcastqa.ingest.page;

import dev.podcastqa.ingest.source.Draft;

/** One kind of saved episode page: how to recognize it by its structure, and how to read it. */
interface PageShape {

  /** The {@link dev.podcastqa.episode.Source#format()} name of this shape. */
  String format();

  /** Whether {@code page} has this shape's structure; the file name never counts. */
  boolean matches(Page page);

  /** The draft {@code page} describes; its title is null when the page names none. */
  Draft read(Page page);
}
