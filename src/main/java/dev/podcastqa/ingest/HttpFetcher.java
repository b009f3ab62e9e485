package dev.podcastqa.ingest;

/** Placeholder until the feeds branch lands its HTTP client. */
public final class HttpFetcher implements Fetcher {

  @Override
  public SourceText fetch(String url) {
    throw new SourceException(url, 0, "fetching URLs is not built yet");
  }
}
