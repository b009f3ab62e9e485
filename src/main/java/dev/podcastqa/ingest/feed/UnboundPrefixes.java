package dev.podcastqa.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's well-known namespace prefixes used without their {@code xmlns:} declaration ({@code
 * <itunes:episodeType>} in an {@code <rss>} that declares no {@code itunes}), which makes the whole
 * feed not well-formed XML. gPodder's podcastparser keeps such feeds among its test files; podcast
 * apps read them. Each missing one is declared on the {@code <rss>} element with the namespace the
 * prefix always names, so the feed can be read, with one problem line saying so.
 */
final class UnboundPrefixes {

  private static final Map<String, String> KNOWN =
      Map.of(
          "itunes",
          RssParser.ITUNES,
          "podcast",
          RssParser.PODCAST,
          "content",
          RssParser.CONTENT,
          "psc",
          RssParser.PODLOVE_CHAPTERS,
          "atom",
          "http://www.w3.org/2005/Atom",
          "googleplay",
          "http://www.google.com/schemas/play-podcasts/1.0",
          "media",
          "http://search.yahoo.com/mrss/",
          "dc",
          "http://purl.org/dc/elements/1.1/");

  private static final Pattern USED = Pattern.compile("<([A-Za-z][\\w.-]*):[A-Za-z]");
  private static final Pattern RSS_TAG = Pattern.compile("<rss(?=[\\s>/])");

  /** The feed with the declarations added, and the prefixes that had none. */
  record Declared(String text, List<String> prefixes) {}

  private UnboundPrefixes() {}

  /** {@code xml} with each known prefix it uses but never declares declared on its root. */
  static Declared declare(String xml) {
    Map<String, String> missing = new LinkedHashMap<>();
    Matcher used = USED.matcher(xml);
    while (used.find()) {
      String prefix = used.group(1);
      if (KNOWN.containsKey(prefix) && !xml.contains("xmlns:" + prefix + "=")) {
        missing.put(prefix, KNOWN.get(prefix));
      }
    }
    Matcher rss = RSS_TAG.matcher(xml);
    if (missing.isEmpty() || !rss.find()) {
      return new Declared(xml, List.of());
    }
    StringBuilder declarations = new StringBuilder();
    missing.forEach(
        (prefix, uri) ->
            declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"'));
    String text = xml.substring(0, rss.end()) + declarations + xml.substring(rss.end());
    return new Declared(text, new ArrayList<>(missing.keySet()));
  }
}
