package dev.podcastqa.index.elastic;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the Elasticsearch store: the URL of each node to send requests to (comma-separated;
 * the client moves to the next when one fails), an API key or user and password (blank when the
 * server needs none), the prefix of the index names, and whether to speak to an 8.x server through
 * the 9.x client's compatibility headers.
 */
public record ElasticsearchSettings(
    String url, String apiKey, String user, String password, String indexPrefix, boolean compat8) {

  /** Lower case, no characters Elasticsearch forbids in index names, not starting with - _ +. */
  private static final Pattern INDEX_PREFIX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

  public ElasticsearchSettings {
    Objects.requireNonNull(url, "url");
    apiKey = Objects.requireNonNullElse(apiKey, "");
    user = Objects.requireNonNullElse(user, "");
    password = Objects.requireNonNullElse(password, "");
    Objects.requireNonNull(indexPrefix, "indexPrefix");
    for (String node : url.split(",", -1)) {
      URI parsed = parse(node.strip());
      if (parsed == null
          || parsed.getHost() == null
          || !("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
        throw new IllegalArgumentException("not an http(s) URL: " + node.strip());
      }
    }
    if (!INDEX_PREFIX.matcher(indexPrefix).matches()) {
      throw new IllegalArgumentException(
          "not a valid index name prefix (lower case letters, digits, . _ -): " + indexPrefix);
    }
  }

  /** Settings for a server that needs no credentials. */
  public static ElasticsearchSettings of(String url, String indexPrefix, boolean compat8) {
    return new ElasticsearchSettings(url, "", "", "", indexPrefix, compat8);
  }

  /** Each node's URL, in the order given. */
  List<URI> nodes() {
    return Arrays.stream(url.split(","))
        .map(node -> URI.create(node.strip().replaceAll("/+$", "")))
        .toList();
  }

  private static URI parse(String node) {
    try {
      return new URI(node);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The index of chunks and their vectors. */
  String chunksIndex() {
    return indexPrefix + "-chunks";
  }

  /** The index of per-episode content hashes. */
  String episodesIndex() {
    return indexPrefix + "-episodes";
  }

  @Override
  public String toString() {
    // Never prints the API key or password.
    return "ElasticsearchSettings[" + url + ", " + indexPrefix + ", compat8=" + compat8 + "]";
  }
}
