package dev.podcastqa.ingest.feed;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One Podcasting 2.0 {@code <podcast:person>} as written: the name is the element's text, {@code
 * role} defaults to "host" and {@code group} to "cast", as the namespace says; {@code href} (the
 * person's page) may be null.
 */
record RssPerson(String name, String role, String group, String href) {

  private static final String HOST = "host";
  private static final String CAST = "cast";

  RssPerson {
    role = role == null ? HOST : role.strip().toLowerCase(Locale.ROOT);
    group = group == null ? CAST : group.strip().toLowerCase(Locale.ROOT);
  }

  /** The person the current element names, or null when its text is blank; leaves its end tag. */
  static RssPerson read(XMLStreamReader reader) throws XMLStreamException {
    String role = XmlElements.blankToNull(reader.getAttributeValue(null, "role"));
    String group = XmlElements.blankToNull(reader.getAttributeValue(null, "group"));
    String href = XmlElements.blankToNull(reader.getAttributeValue(null, "href"));
    String name = XmlElements.blankToNull(XmlElements.text(reader));
    return name == null ? null : new RssPerson(name.replaceAll("\\s+", " "), role, group, href);
  }

  /** A host of the show or the episode: the cast's host, co-host or guest host. */
  boolean isHost() {
    return group.equals(CAST) && role.endsWith(HOST);
  }

  boolean isGuest() {
    return group.equals(CAST) && role.equals("guest");
  }
}
