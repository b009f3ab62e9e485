package dev.podcastqa.ingest.transcript;

import static dev.podcastqa.ingest.transcript.XmlCues.attribute;

import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What reading one Transcriber document has met so far, fed the parser's events by {@link
 * TranscriberReader}: the names {@code <Speakers>} gives ids, and a cue per {@code <Sync>} point of
 * each {@code <Turn>}. In a turn of overlapping speech ({@code speaker="spk1 spk2"}), {@code <Who
 * nb="2"/>} hands the words after it to the turn's second speaker, in a cue at the same time.
 * Events, comments and background marks are not words and are left out.
 */
final class TranscriberDocument implements XmlCues.Document {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String location;
  private final int offset;
  private final Consumer<Problem> problems;
  private final Map<String, String> names = new HashMap<>();
  private final List<Cue> cues = new ArrayList<>();
  private Turn turn;

  TranscriberDocument(String location, int offset, Consumer<Problem> problems) {
    this.location = location;
    this.offset = offset;
    this.problems = problems;
  }

  @Override
  public void accept(XMLStreamReader reader, int event) {
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start(reader);
      case XMLStreamConstants.END_ELEMENT -> {
        if (reader.getLocalName().equals("Turn") && turn != null) {
          turn.finish();
          turn = null;
        }
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
        if (turn != null) {
          turn.words.append(reader.getText());
        }
      }
      default -> {}
    }
  }

  private void start(XMLStreamReader reader) {
    int line = reader.getLocation().getLineNumber() + offset;
    switch (reader.getLocalName()) {
      case "Speaker" -> {
        String id = attribute(reader, "id", false);
        String name = attribute(reader, "name", false);
        if (id != null && name != null && !name.isBlank()) {
          names.putIfAbsent(id, SPACES.matcher(name).replaceAll(" ").strip());
        }
      }
      case "Turn" -> turn = new Turn(reader, line);
      case "Sync" -> {
        if (turn != null) {
          turn.sync(time(attribute(reader, "time", false), "Sync time", line), line);
        }
      }
      case "Who" -> {
        if (turn != null) {
          turn.who(attribute(reader, "nb", false), line);
        }
      }
      default -> {}
    }
  }

  @Override
  public List<Cue> cues() {
    return List.copyOf(cues);
  }

  @Override
  public boolean isEmpty() {
    return cues.isEmpty();
  }

  /** The seconds {@code value} states, or NaN (reported) when it is missing or no number. */
  private double time(String value, String what, int line) {
    OptionalDouble seconds =
        value != null && value.strip().matches("\\d+(?:\\.\\d*)?")
            ? OptionalDouble.of(Double.parseDouble(value.strip()))
            : OptionalDouble.empty();
    if (seconds.isEmpty()) {
      problems.accept(
          new Problem(
              location, line, what + " \"" + value + "\" is not a number of seconds; ignored"));
      return Double.NaN;
    }
    return seconds.getAsDouble();
  }

  /** One {@code <Turn>} being read: its speakers, and the point whose words are being read. */
  private final class Turn {
    private final double end;
    private final String[] speakers;
    private final StringBuilder words = new StringBuilder();
    private String speaker;
    private double at;
    private int line;

    /** The index in {@code cues} of the first cue at the current point. */
    private int pointCues = cues.size();

    Turn(XMLStreamReader reader, int line) {
      String ids = attribute(reader, "speaker", false);
      this.speakers = ids == null || ids.isBlank() ? new String[0] : ids.strip().split("\\s+");
      this.speaker = speakers.length == 0 ? null : name(speakers[0]);
      this.at = time(attribute(reader, "startTime", false), "Turn startTime", line);
      String endTime = attribute(reader, "endTime", false);
      this.end = endTime == null ? Double.NaN : time(endTime, "Turn endTime", line);
      this.line = line;
    }

    /** A {@code <Sync>} at {@code seconds}: the words so far end there. */
    void sync(double seconds, int syncLine) {
      flush();
      endPoint(seconds);
      if (!Double.isNaN(seconds)) {
        at = seconds;
      }
      line = syncLine;
    }

    /** A {@code <Who nb="N"/>}: the words after it are the turn's N-th speaker's, at this point. */
    void who(String nb, int whoLine) {
      flush();
      int index = nb != null && nb.strip().matches("\\d{1,3}") ? Integer.parseInt(nb.strip()) : 0;
      if (index >= 1 && index <= speakers.length) {
        speaker = name(speakers[index - 1]);
      }
      line = whoLine;
    }

    void finish() {
      flush();
      endPoint(end);
    }

    /** The cues of the current point end at {@code next} (at their start when it is unknown). */
    private void endPoint(double next) {
      for (int i = pointCues; i < cues.size(); i++) {
        Cue cue = cues.get(i);
        cues.set(i, cue.withEnd(Double.isNaN(next) ? cue.start() : Math.max(cue.start(), next)));
      }
      pointCues = cues.size();
    }

    /** The words read since the last point or speaker change as a cue, if there are any. */
    private void flush() {
      String text = SPACES.matcher(words).replaceAll(" ").strip();
      words.setLength(0);
      if (text.isEmpty()) {
        return;
      }
      if (Double.isNaN(at)) {
        problems.accept(
            new Problem(location, line, "words with no time before them; skipped: " + text));
        return;
      }
      cues.add(new Cue(line, at, at, speaker, text));
    }

    private String name(String id) {
      return names.getOrDefault(id, id);
    }
  }
}
