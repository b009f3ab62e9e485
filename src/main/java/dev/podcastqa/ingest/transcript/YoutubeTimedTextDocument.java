package dev.podcastqa.ingest.transcript;

import static dev.podcastqa.ingest.transcript.XmlCues.attribute;

import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What reading one YouTube timedtext document has met so far, fed the parser's events by {@link
 * YoutubeTimedTextReader}: the caption lines of its srv3 {@code <p>}, srv2 {@code <text t>} or srv1
 * {@code <text start>} elements, each piece of text at its own time. A line whose time is no time
 * is a problem naming its line, and is skipped.
 */
final class YoutubeTimedTextDocument implements XmlCues.Document {

  private static final double MS = 1000;

  private final String location;
  private final int offset;
  private final Consumer<Problem> problems;
  private final CaptionLines lines = new CaptionLines();

  /** Whether the root is srv1's {@code <transcript>}, whose times are seconds. */
  private boolean seconds;

  /** Whether the parser is inside a line being read. */
  private boolean inLine;

  /** Where the line being read starts, in the file's unit (milliseconds but in srv1). */
  private double lineAt;

  /** Where the piece of text being read starts, in seconds. */
  private double pieceStart;

  YoutubeTimedTextDocument(String location, int offset, Consumer<Problem> problems) {
    this.location = location;
    this.offset = offset;
    this.problems = problems;
  }

  @Override
  public void accept(XMLStreamReader reader, int event) {
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start(reader);
      case XMLStreamConstants.END_ELEMENT -> {
        String name = reader.getLocalName();
        if (name.equals("p") || name.equals("text")) {
          inLine = false;
        }
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
        if (inLine) {
          lines.add(pieceStart, reader.getText());
        }
      }
      default -> {}
    }
  }

  @Override
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  @Override
  public List<Cue> cues() {
    return lines.cues(location, problems);
  }

  private void start(XMLStreamReader reader) {
    int line = reader.getLocation().getLineNumber() + offset;
    switch (reader.getLocalName()) {
      case "transcript" -> seconds = true;
      case "p" -> line(reader, line, "t", "d", "a");
      case "text" -> line(reader, line, seconds ? "start" : "t", seconds ? "dur" : "d", "append");
      case "s" -> {
        String at = attribute(reader, "t", false);
        if (inLine && at != null) {
          OptionalDouble after = number(at);
          if (after.isPresent()) {
            pieceStart = (lineAt + after.getAsDouble()) / MS;
          } else {
            report(
                line,
                "word time t=\""
                    + at
                    + "\" is not a number of milliseconds; the word"
                    + " is timed as the one before it");
          }
        }
      }
      case "br" -> {
        if (inLine) {
          lines.add(pieceStart, "\n");
        }
      }
      default -> {}
    }
  }

  /**
   * Starts reading the line of a {@code <p>} or {@code <text>}: a new one, or, where the element
   * appends, more of the line on screen.
   */
  private void line(XMLStreamReader reader, int line, String from, String lasting, String append) {
    String at = attribute(reader, from, false);
    OptionalDouble start = at == null ? OptionalDouble.empty() : number(at);
    if (start.isEmpty()) {
      report(line, "caption line has no readable " + from + "=\"" + at + "\"; skipped");
      inLine = false;
      return;
    }
    double unit = seconds ? 1 : MS;
    lineAt = start.getAsDouble();
    pieceStart = lineAt / unit;
    inLine = true;
    if ("1".equals(attribute(reader, append, false)) && !lines.isEmpty()) {
      return;
    }
    String duration = attribute(reader, lasting, false);
    OptionalDouble length = duration == null ? OptionalDouble.empty() : number(duration);
    // srv1's seconds added as milliseconds, so that 1.2 + 2.16 ends at 3.36
    lines.open(line, pieceStart, Math.round((lineAt + length.orElse(0)) * MS / unit) / MS);
  }

  private static OptionalDouble number(String value) {
    try {
      double number = Double.parseDouble(value.strip());
      return number >= 0 && Double.isFinite(number)
          ? OptionalDouble.of(number)
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private void report(int line, String reason) {
    problems.accept(new Problem(location, line, reason));
  }
}
