package dev.podcastqa.ingest.feed;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Moves a StAX reader through the elements of a feed: children, text, names and lines. */
final class XmlElements {

  private XmlElements() {}

  /** Moves to the next child element of the current element; false at the element's end tag. */
  static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
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
  static String text(XMLStreamReader reader) throws XMLStreamException {
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

  static void skip(XMLStreamReader reader) throws XMLStreamException {
    text(reader);
  }

  static boolean is(XMLStreamReader reader, String namespace, String name) {
    return namespace(reader).equals(namespace) && reader.getLocalName().equals(name);
  }

  /** The namespace URI of the current element, empty when it has none. */
  static String namespace(XMLStreamReader reader) {
    return reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
  }

  static int line(XMLStreamReader reader) {
    return Math.max(0, reader.getLocation().getLineNumber());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
