package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TTML (and DFXP, its older name) transcripts: one cue per {@code <p>}, its text the words of
 * its spans (Apple Podcasts' word spans, written with no space between them, kept apart), its
 * speaker the {@code ttm:agent} it or its parent names, by the agent's {@code ttm:name} when the
 * head gives one.
 *
 * <p>Times are read as written on each element, as Apple Podcasts and caption tools use them, not
 * offset by a parent's {@code begin}. A paragraph without {@code begin} takes its first span's,
 * without {@code end} its {@code dur}, its last span's end or the next cue's start. The XML is read
 * with DTDs and external entities off.
 */
final class TtmlReader implements CueReader {

  static final String FORMAT = "ttml";

  private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?tt[\\s>/]");
  private static final Pattern NAMESPACE =
      Pattern.compile("www\\.w3\\.org/(?:ns/ttml|2006/(?:04|10)/ttaf1)");
  private static final int HEAD = 4096;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String head = text.content().substring(0, Math.min(HEAD, text.content().length()));
    return ROOT.matcher(head).find() && NAMESPACE.matcher(head).find();
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    String extension = text.extension();
    return (extension.equals("ttml") || extension.equals("dfxp"))
        && ROOT.matcher(text.content()).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    String content = text.content();
    String xml = content.stripLeading();
    int skipped =
        (int)
            content
                .substring(0, content.length() - xml.length())
                .chars()
                .filter(c -> c == '\n')
                .count();
    TtmlDocument document = new TtmlDocument(text.location(), skipped, problems);
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
      String reason = "not well-formed TTML: " + message(e);
      if (document.isEmpty()) {
        throw new SourceException(text.location(), Math.max(0, line), reason, e);
      }
      problems.accept(new Problem(text.location(), Math.max(0, line), reason + "; the rest lost"));
    }
    return document.cues();
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
