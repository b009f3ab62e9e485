package dev.podcastqa.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Makes the URLs a feed writes absolute, resolving relative ones against the feed's own URL. */
final class FeedUrls {

  private final URI base;

  /** URLs of a feed read from {@code location}: a URL, or a file path (then none is relative). */
  FeedUrls(String location) {
    this.base = httpUri(location).orElse(null);
  }

  /** The absolute http(s) URL {@code ref} names, or empty when it names none. */
  Optional<String> absolute(String ref) {
    if (ref == null || ref.isBlank()) {
      return Optional.empty();
    }
    Optional<URI> uri = httpUri(ref.strip());
    if (uri.isPresent()) {
      return Optional.of(uri.get().toString());
    }
    if (base == null) {
      return Optional.empty();
    }
    try {
      URI resolved = base.resolve(new URI(ref.strip()));
      return httpUri(resolved.toString()).map(URI::toString);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether the feed has a URL of its own to resolve relative ones against. */
  boolean hasBase() {
    return base != null;
  }

  private static Optional<URI> httpUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean http = scheme.equals("http") || scheme.equals("https");
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
