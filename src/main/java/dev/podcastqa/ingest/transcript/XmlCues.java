package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cues of an XML transcript (TTML, Transcriber) with DTDs and external entities off,
 * feeding the parser's events to the {@link Document} of its format. XML broken part-way is a
 * problem naming the line, the cues before it kept; broken before any cue, the file is not read.
 */
final class XmlCues {

  /** What reading one document of a format has met so far. */
  interface Document {

    /** Takes the parser's {@code event}, {@code reader} standing on it. */
    void accept(XMLStreamReader reader, int event);

    /** Whether no cue has been read yet. */
    boolean isEmpty();

    /** The cues read, in file order. */
    List<Cue> cues();
  }

  /** How much of a file's start is read to recognize its root element. */
  private static final int HEAD = 4096;

  private XmlCues() {}

  /** The first characters of {@code text}, where an XML transcript's root element is found. */
  static String head(SourceText text) {
    String content = text.content();
    return content.substring(0, Math.min(HEAD, content.length()));
  }

  /**
   * The cues of {@code text} as the document {@code open} makes reads them; {@code open} is given
   * the number of lines skipped before the XML starts (blank lines), which its line numbers add.
   *
   * @param kind the format's name in problems ({@code TTML})
   */
  static List<Cue> read(
      SourceText text, String kind, IntFunction<Document> open, Consumer<Problem> problems) {
    String content = text.content();
    String xml = content.stripLeading();
    int skipped =
        (int)
            content
                .substring(0, content.length() - xml.length())
                .chars()
                .filter(c -> c == '\n')
                .count();
    Document document = open.apply(skipped);
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
      try {
        while (reader.hasNext()) {
          document.accept(reader, reader.next());
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber() + skipped;
      String reason = "not well-formed " + kind + ": " + message(e);
      if (document.isEmpty()) {
        throw new SourceException(text.location(), Math.max(0, line), reason, e);
      }
      problems.accept(new Problem(text.location(), Math.max(0, line), reason + "; the rest lost"));
    }
    return document.cues();
  }

  /** The value of the attribute named {@code local} in any namespace, or null. */
  static String attribute(XMLStreamReader reader, String local, boolean qualified) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      boolean hasNamespace = namespace != null && !namespace.isEmpty();
      if (reader.getAttributeLocalName(i).equals(local) && hasNamespace == qualified) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /** The parser's message without the location it prefixes (the problem gives the line). */
  private static String message(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return (at < 0 ? message : message.substring(at + "Message: ".length())).strip();
  }
}
