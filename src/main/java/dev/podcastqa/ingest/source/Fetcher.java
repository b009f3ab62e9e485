package dev.podcastqa.ingest.source;

/** Fetches the text at an http(s) URL, for feeds and the files they link. */
public interface Fetcher {

  /**
   * The text at {@code url}.
   *
   * @throws SourceException naming the URL when it cannot be fetched (refused, timed out, not
   *     found, not text)
   */
  SourceText fetch(String url);
}
