package dev.podcastqa.ingest.feed;

import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.Fixture;
import java.util.ArrayList;
import java.util.List;

/** A fake {@link Fetcher} answering URLs under {@link #BASE} from test resources, 404 otherwise. */
final class ResourceFetcher implements Fetcher {

  static final String BASE = "https://feeds.example.com/";

  private final List<String> fetched = new ArrayList<>();

  @Override
  public SourceText fetch(String url) {
    fetched.add(url);
    String path = url.startsWith(BASE) ? url.substring(BASE.length()) : "";
    if (path.isEmpty() || ResourceFetcher.class.getResource("/" + path) == null) {
      throw new SourceException(url, 0, "HTTP 404 from " + url);
    }
    return SourceText.of(url, Fixture.text(path).content());
  }

  /** The URLs asked for, in order. */
  List<String> fetched() {
    return fetched;
  }
}
