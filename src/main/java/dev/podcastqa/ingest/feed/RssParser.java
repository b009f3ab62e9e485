package dev.podcastqa.ingest.feed;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 XML into an {@link RssChannel} with StAX; DTDs and external entities are disabled,
 * so a feed cannot make the reader open files or URLs.
 */
final class RssParser {

  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  static final String PODCAST = "https://podcastindex.org/namespace/1.0";

  /** The URI feeds bound the {@code podcast:} prefix to before the namespace had its own. */
  static final String PODCAST_DRAFT =
      "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md";

  static final String PODLOVE_CHAPTERS = "http://podlove.org/simple-chapters";

  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

  private final XMLInputFactory factory = XMLInputFactory.newDefaultFactory();

  RssParser() {
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * The channel of the feed in {@code text}. A feed that is not well-formed only because some of
   * its {@code &} start no XML reference is read with them escaped ({@link StrayAmpersands}), and
   * one problem line says so, as is one that uses well-known prefixes ({@code itunes:}) without
   * declaring them ({@link UnboundPrefixes}); not one with a DOCTYPE, whose entities are never read
   * (an entity declared there to read a local file stays an error).
   *
   * @throws SourceException when the text is not well-formed XML or not RSS
   */
  RssChannel parse(SourceText text, Consumer<Problem> problems) {
    try {
      return parse(text.content(), text.location());
    } catch (XMLStreamException e) {
      UnboundPrefixes.Declared declared = UnboundPrefixes.declare(text.content());
      if (!declared.prefixes().isEmpty()) {
        try {
          RssChannel channel = parse(declared.text(), text.location());
          problems.accept(
              new Problem(
                  text.location(),
                  1,
                  "the feed uses the prefixes "
                      + String.join(", ", declared.prefixes())
                      + " without declaring them (xmlns:...), so it is not well-formed XML; each is"
                      + " read with the namespace it always names"));
          return channel;
        } catch (XMLStreamException stillBroken) {
          // broken for another reason too: go on as without the declarations
        }
      }
      StrayAmpersands.Escaped escaped = StrayAmpersands.escape(text.content());
      if (escaped.count() > 0 && !DOCTYPE.matcher(text.content()).find()) {
        try {
          RssChannel channel = parse(escaped.text(), text.location());
          problems.accept(
              new Problem(
                  text.location(),
                  escaped.firstLine(),
                  "an '&' that starts no XML entity (\""
                      + escaped.first()
                      + "\", "
                      + escaped.count()
                      + " in the feed) is not well-formed XML; each is read as the character '&'"));
          return channel;
        } catch (XMLStreamException stillBroken) {
          // broken for another reason too: report the first error, as read
        }
      }
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      throw new SourceException(text.location(), line, "not well-formed XML: " + message(e), e);
    }
  }

  private RssChannel parse(String xml, String location) throws XMLStreamException {
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
    try {
      return document(reader, location);
    } catch (MissingResourceException e) { // the JDK's parser has no message for some DTD errors
      throw new XMLStreamException("the parser's error " + e.getKey(), reader.getLocation());
    } finally {
      reader.close();
    }
  }

  private RssChannel document(XMLStreamReader reader, String location) throws XMLStreamException {
    while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
      // skip the prolog: declaration, comments, processing instructions, DOCTYPE
    }
    if (!reader.isStartElement() || !reader.getLocalName().equals("rss")) {
      String root = reader.isStartElement() ? "<" + reader.getLocalName() + ">" : "nothing";
      throw new SourceException(
          location, line(reader), "not an RSS feed: the root element is " + root + ", not <rss>");
    }
    while (nextChild(reader)) {
      if (is(reader, "", "channel")) {
        return channel(reader);
      }
      skip(reader);
    }
    throw new SourceException(location, 0, "the RSS feed has no <channel>");
  }

  private RssChannel channel(XMLStreamReader reader) throws XMLStreamException {
    String title = null;
    List<RssItem> items = new ArrayList<>();
    while (nextChild(reader)) {
      if (is(reader, "", "title")) {
        title = text(reader);
      } else if (is(reader, "", "item")) {
        items.add(item(reader));
      } else {
        skip(reader);
      }
    }
    return new RssChannel(blankToNull(title), items);
  }

  private RssItem item(XMLStreamReader reader) throws XMLStreamException {
    int line = line(reader);
    Map<String, String> fields = new HashMap<>();
    List<RssItem.LinkedFile> transcripts = new ArrayList<>();
    List<RssItem.LinkedFile> chapters = new ArrayList<>();
    List<RssItem.InlineChapter> inline = new ArrayList<>();
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
        inline);
  }

  /** The {@code psc:chapter} children of a {@code psc:chapters} list; leaves it at its end tag. */
  private static List<RssItem.InlineChapter> inlineChapters(XMLStreamReader reader)
      throws XMLStreamException {
    List<RssItem.InlineChapter> chapters = new ArrayList<>();
    while (nextChild(reader)) {
      if (is(reader, PODLOVE_CHAPTERS, "chapter")) {
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
    String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    String name = reader.getLocalName();
    if (ns.isEmpty()) {
      return List.of("title", "link", "guid", "pubDate", "description", "enclosure").contains(name)
          ? name
          : "";
    }
    if (ns.equals(CONTENT) && name.equals("encoded")) {
      return "content:encoded";
    }
    if (ns.equalsIgnoreCase(ITUNES) && List.of("title", "duration", "summary").contains(name)) {
      return "itunes:" + name;
    }
    if (ns.equals(PODLOVE_CHAPTERS) && name.equals("chapters")) {
      return "psc:chapters";
    }
    boolean podcast =
        ns.equals(PODCAST)
            || ns.equals(PODCAST.replace("https:", "http:"))
            || ns.equals(PODCAST_DRAFT);
    if (podcast && (name.equals("chapters") || name.equals("transcript"))) {
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

  /** Moves to the next child element of the current element; false at the element's end tag. */
  private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  /** The text of the current element and all its descendants; leaves it at the end tag. */
  private static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(reader.getText());
      }
    }
    return text.toString();
  }

  private static void skip(XMLStreamReader reader) throws XMLStreamException {
    text(reader);
  }

  private static boolean is(XMLStreamReader reader, String namespace, String name) {
    String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    return ns.equals(namespace) && reader.getLocalName().equals(name);
  }

  private static int line(XMLStreamReader reader) {
    return Math.max(0, reader.getLocation().getLineNumber());
  }

  /** The parser's own sentence, without the "ParseError at [row,col]" prefix the JDK adds. */
  private static String message(XMLStreamException e) {
    String text = String.valueOf(e.getMessage());
    int at = text.indexOf("Message: ");
    return (at < 0 ? text : text.substring(at + "Message: ".length())).strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
