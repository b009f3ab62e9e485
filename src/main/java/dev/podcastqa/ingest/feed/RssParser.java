package dev.podcastqa.ingest.feed;

import static dev.podcastqa.ingest.feed.XmlElements.blankToNull;
import static dev.podcastqa.ingest.feed.XmlElements.is;
import static dev.podcastqa.ingest.feed.XmlElements.line;
import static dev.podcastqa.ingest.feed.XmlElements.nextChild;
import static dev.podcastqa.ingest.feed.XmlElements.skip;
import static dev.podcastqa.ingest.feed.XmlElements.text;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
    List<RssPerson> people = new ArrayList<>();
    while (nextChild(reader)) {
      if (is(reader, "", "title")) {
        title = text(reader);
      } else if (is(reader, "", "item")) {
        items.add(RssItemReader.read(reader));
      } else if (RssItemReader.isPodcastNamespace(reader)
          && reader.getLocalName().equals("person")) {
        RssPerson person = RssPerson.read(reader);
        if (person != null) {
          people.add(person);
        }
      } else {
        skip(reader);
      }
    }
    return new RssChannel(blankToNull(title), items, people);
  }

  /** The parser's own sentence, without the "ParseError at [row,col]" prefix the JDK adds. */
  private static String message(XMLStreamException e) {
    String text = String.valueOf(e.getMessage());
    int at = text.indexOf("Message: ");
    return (at < 0 ? text : text.substring(at + "Message: ".length())).strip();
  }
}
