package dev.podcastqa.ingest.transcript;

import static dev.podcastqa.ingest.transcript.XmlCues.attribute;

import dev.podcastqa.ingest.source.Problem;
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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What reading one TTML document has met so far, fed the parser's events by {@link TtmlReader}: the
 * cues of its paragraphs, the names its head gives agents, the frame and tick rates of its root.
 */
final class TtmlDocument implements XmlCues.Document {

  private static final Pattern SPACES = Pattern.compile("\\s+");

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

  TtmlDocument(String location, int offset, Consumer<Problem> problems) {
    this.location = location;
    this.offset = offset;
    this.problems = problems;
  }

  @Override
  public void accept(XMLStreamReader reader, int event) {
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
      case "p" -> paragraph = new Paragraph(reader, reader.getLocation().getLineNumber() + offset);
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
  @Override
  public List<Cue> cues() {
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

  /** Whether no cue has been read yet. */
  @Override
  public boolean isEmpty() {
    return cues.isEmpty();
  }
}
