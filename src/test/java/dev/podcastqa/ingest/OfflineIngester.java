package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;

/** An ingester for tests that read files only: a URL reaching its fetcher is a problem line. */
final class OfflineIngester {

  private OfflineIngester() {}

  static Ingester create() {
    return Ingester.reading(
        url -> {
          throw new SourceException(url, 0, "this test reads no URLs");
        },
        Json.newMapper());
  }
}
