package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
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
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    Document document = new Document(text.location(), skipped, problems);
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
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber() + document.offset;
      String reason = "not well-formed TTML: " + message(e);
      if (document.cues.isEmpty()) {
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

  /** The value of the attribute named {@code local} in any namespace, or null. */
  private static String attribute(XMLStreamReader reader, String local, boolean qualified) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      boolean hasNamespace = namespace != null && !namespace.isEmpty();
      if (reader.getAttributeLocalName(i).equals(local) && hasNamespace == qualified) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /** What reading one document has met so far. */
  private static final class Document {
    private final String location;
    private final int offset;
    private final Consumer<Problem> problems;
    private final List<Cue> cues = new ArrayList<>();
    private final Map<String, String> agentNames = new HashMap<>();
    private final Deque<String> agents = new ArrayDeque<>();
    private TtmlTime clock = new TtmlTime(30, 1);
    private String agentId;
    private StringBuilder agentName;
    private Paragraph paragraph;

    Document(String location, int offset, Consumer<Problem> problems) {
      this.location = location;
      this.offset = offset;
      this.problems = problems;
    }

    void accept(XMLStreamReader reader, int event) {
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start(reader);
        case XMLStreamConstants.END_ELEMENT -> end(reader);
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (agentName != null) {
            agentName.append(reader.getText());
          } else if (paragraph != null) {
            paragraph.text.append(reader.getText());
          }
        }
        default -> {}
      }
    }

    private void start(XMLStreamReader reader) {
      String name = reader.getLocalName();
      String agent = attribute(reader, "agent", true);
      agents.push(agent != null ? agent : agents.isEmpty() ? "" : agents.peek());
      switch (name) {
        case "tt" -> clock = rates(reader);
        case "agent" -> agentId = attribute(reader, "id", true);
        case "name" -> agentName = agentId == null ? null : new StringBuilder();
        case "p" ->
            paragraph = new Paragraph(reader, reader.getLocation().getLineNumber() + offset);
        case "br" -> {
          if (paragraph != null) {
            paragraph.text.append(' ');
          }
        }
        case "span" -> {
          if (paragraph != null) {
            paragraph.span(reader, agent);
          }
        }
        default -> {}
      }
    }

    private void end(XMLStreamReader reader) {
      agents.pop();
      switch (reader.getLocalName()) {
        case "agent" -> agentId = null;
        case "name" -> {
          if (agentName != null) {
            agentNames.putIfAbsent(agentId, SPACES.matcher(agentName).replaceAll(" ").strip());
            agentName = null;
          }
        }
        case "p" -> {
          if (paragraph != null) {
            paragraph.finish();
            paragraph = null;
          }
        }
        case "span" -> {
          if (paragraph != null && !paragraph.units.isEmpty() && paragraph.units.pop()) {
            paragraph.text.append(' ');
          }
        }
        default -> {}
      }
    }

    private TtmlTime rates(XMLStreamReader reader) {
      double frameRate = number(attribute(reader, "frameRate", true), 30);
      String multiplier = attribute(reader, "frameRateMultiplier", true);
      String[] ratio = multiplier == null ? new String[0] : multiplier.strip().split("\\s+");
      if (ratio.length == 2 && number(ratio[1], 0) > 0) {
        frameRate = frameRate * number(ratio[0], 1) / number(ratio[1], 1);
      }
      double subFrames = number(attribute(reader, "subFrameRate", true), 1);
      String ticks = attribute(reader, "tickRate", true);
      double tickRate = ticks != null ? number(ticks, 1) : frameRate * subFrames;
      return new TtmlTime(frameRate > 0 ? frameRate : 30, tickRate > 0 ? tickRate : 1);
    }

    private static double number(String text, double otherwise) {
      if (text == null) {
        return otherwise;
      }
      try {
        return Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }

    /** The cues read, an end missing taken from the next cue's start. */
    List<Cue> cues() {
      List<Cue> result = new ArrayList<>(cues.size());
      for (int i = 0; i < cues.size(); i++) {
        Cue cue = cues.get(i);
        if (Double.isNaN(cue.end())) {
          double next = i + 1 < cues.size() ? cues.get(i + 1).start() : cue.start();
          cue = cue.withEnd(Math.max(cue.start(), next));
        }
        result.add(cue);
      }
      return result;
    }

    /** The time {@code value} of attribute {@code what} names, or NaN (reported) when none. */
    private double time(String value, String what, int line) {
      if (value == null) {
        return Double.NaN;
      }
      OptionalDouble seconds = clock.seconds(value);
      if (seconds.isEmpty()) {
        problems.accept(
            new Problem(
                location,
                line,
                what
                    + " \""
                    + value
                    + "\" is not a TTML time (like 00:00:01.000, 12.5s or 1500ms); ignored"));
        return Double.NaN;
      }
      return seconds.getAsDouble();
    }

    /** One {@code <p>} being read. */
    private final class Paragraph {
      private final int line;
      private final double begin;
      private final double end;
      private final double dur;
      private final StringBuilder text = new StringBuilder();
      private final Deque<Boolean> units = new ArrayDeque<>();
      private String agent;
      private double firstSpan = Double.NaN;
      private double lastSpan = Double.NaN;

      Paragraph(XMLStreamReader reader, int line) {
        this.line = line;
        this.begin = time(attribute(reader, "begin", false), "begin", line);
        this.end = time(attribute(reader, "end", false), "end", line);
        this.dur = time(attribute(reader, "dur", false), "dur", line);
        this.agent = agents.peek();
      }

      void span(XMLStreamReader reader, String spanAgent) {
        int at = reader.getLocation().getLineNumber() + offset;
        double spanBegin = time(attribute(reader, "begin", false), "begin", at);
        double spanEnd = time(attribute(reader, "end", false), "end", at);
        if (!Double.isNaN(spanBegin) && !(firstSpan <= spanBegin)) {
          firstSpan = spanBegin;
        }
        if (!Double.isNaN(spanEnd) && !(lastSpan >= spanEnd)) {
          lastSpan = spanEnd;
        }
        if ((agent == null || agent.isEmpty()) && spanAgent != null) {
          agent = spanAgent;
        }
        String unit = attribute(reader, "unit", true);
        units.push(unit != null && (unit.equals("word") || unit.equals("sentence")));
      }

      void finish() {
        double start = Double.isNaN(begin) ? firstSpan : begin;
        String words = SPACES.matcher(text).replaceAll(" ").strip();
        if (Double.isNaN(start)) {
          problems.accept(
              new Problem(location, line, "paragraph has no begin time; skipped: " + words));
          return;
        }
        double stop = !Double.isNaN(end) ? end : !Double.isNaN(dur) ? start + dur : lastSpan;
        cues.add(new Cue(line, start, stop, speaker(), words));
      }

      private String speaker() {
        if (agent == null || agent.isBlank()) {
          return null;
        }
        return Arrays.stream(agent.strip().split("\\s+"))
            .map(id -> agentNames.getOrDefault(id, id))
            .collect(Collectors.joining(", "));
      }
    }
  }
}
