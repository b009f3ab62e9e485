package dev.podcastqa.ingest.feed;

import static dev.podcastqa.ingest.feed.XmlElements.blankToNull;
import static dev.podcastqa.ingest.feed.XmlElements.is;
import static dev.podcastqa.ingest.feed.XmlElements.line;
import static dev.podcastqa.ingest.feed.XmlElements.nextChild;
import static dev.podcastqa.ingest.feed.XmlElements.skip;
import static dev.podcastqa.ingest.feed.XmlElements.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one RSS {@code <item>} into an {@link RssItem}: the fields the ingester uses, the files it
 * links ({@code podcast:transcript}, {@code podcast:chapters}), its Podlove chapters and the people
 * it names ({@code podcast:person}).
 */
final class RssItemReader {

  private RssItemReader() {}

  /** The item the reader stands at; leaves the reader at its end tag. */
  static RssItem read(XMLStreamReader reader) throws XMLStreamException {
    int line = line(reader);
    Map<String, String> fields = new HashMap<>();
    List<RssItem.LinkedFile> transcripts = new ArrayList<>();
    List<RssItem.LinkedFile> chapters = new ArrayList<>();
    List<RssItem.InlineChapter> inline = new ArrayList<>();
    List<RssPerson> people = new ArrayList<>();
    while (nextChild(reader)) {
      String key = key(reader);
      if (key.equals("psc:chapters")) {
        inline.addAll(inlineChapters(reader));
      } else if (key.equals("enclosure")) {
        String url = blankToNull(reader.getAttributeValue(null, "url"));
        if (url != null) {
          fields.putIfAbsent(key, url);
        }
        skip(reader);
      } else if (key.equals("podcast:transcript")) {
        transcripts.add(linkedFile(reader));
      } else if (key.equals("podcast:chapters")) {
        chapters.add(linkedFile(reader));
      } else if (key.equals("podcast:person")) {
        RssPerson person = RssPerson.read(reader);
        if (person != null) {
          people.add(person);
        }
      } else if (key.isEmpty()) {
        skip(reader);
      } else {
        String value = blankToNull(text(reader));
        if (value != null) {
          fields.putIfAbsent(key, value);
        }
      }
    }
    return new RssItem(
        line,
        fields.getOrDefault("title", fields.get("itunes:title")),
        fields.get("link"),
        fields.get("guid"),
        fields.get("pubDate"),
        fields.get("itunes:duration"),
        fields.get("content:encoded"),
        fields.get("description"),
        fields.get("itunes:summary"),
        fields.get("enclosure"),
        chapters.isEmpty() ? null : chapters.get(0),
        transcripts,
        inline,
        people);
  }

  /** Whether the current element is in the Podcasting 2.0 namespace, under any URI it has had. */
  static boolean isPodcastNamespace(XMLStreamReader reader) {
    String ns = XmlElements.namespace(reader);
    return ns.equals(RssParser.PODCAST)
        || ns.equals(RssParser.PODCAST.replace("https:", "http:"))
        || ns.equals(RssParser.PODCAST_DRAFT);
  }

  /** The {@code psc:chapter} children of a {@code psc:chapters} list; leaves it at its end tag. */
  private static List<RssItem.InlineChapter> inlineChapters(XMLStreamReader reader)
      throws XMLStreamException {
    List<RssItem.InlineChapter> chapters = new ArrayList<>();
    while (nextChild(reader)) {
      if (is(reader, RssParser.PODLOVE_CHAPTERS, "chapter")) {
        chapters.add(
            new RssItem.InlineChapter(
                line(reader),
                blankToNull(reader.getAttributeValue(null, "start")),
                blankToNull(reader.getAttributeValue(null, "title")),
                blankToNull(reader.getAttributeValue(null, "href"))));
      }
      skip(reader);
    }
    return chapters;
  }

  /** The name an item field is kept under, or empty for elements the reader does not use. */
  private static String key(XMLStreamReader reader) {
    String ns = XmlElements.namespace(reader);
    String name = reader.getLocalName();
    if (ns.isEmpty()) {
      return List.of("title", "link", "guid", "pubDate", "description", "enclosure").contains(name)
          ? name
          : "";
    }
    if (ns.equals(RssParser.CONTENT) && name.equals("encoded")) {
      return "content:encoded";
    }
    if (ns.equalsIgnoreCase(RssParser.ITUNES)
        && List.of("title", "duration", "summary").contains(name)) {
      return "itunes:" + name;
    }
    if (ns.equals(RssParser.PODLOVE_CHAPTERS) && name.equals("chapters")) {
      return "psc:chapters";
    }
    if (isPodcastNamespace(reader) && List.of("chapters", "transcript", "person").contains(name)) {
      return "podcast:" + name;
    }
    return "";
  }

  /** The link the current element's attributes give; leaves the reader at its end tag. */
  private static RssItem.LinkedFile linkedFile(XMLStreamReader reader) throws XMLStreamException {
    RssItem.LinkedFile file =
        new RssItem.LinkedFile(
            blankToNull(reader.getAttributeValue(null, "url")),
            blankToNull(reader.getAttributeValue(null, "type")));
    skip(reader);
    return file;
  }
}
