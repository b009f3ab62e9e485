package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads YouTube's json3 captions, as yt-dlp saves them with {@code --sub-format json3}: {@code
 * {"wireMagic": "pb3", "events": [{"tStartMs": 0, "dDurationMs": 3200, "segs": [{"utf8": "in"},
 * {"utf8": " the", "tOffsetMs": 89}]}, {"tStartMs": 2990, "aAppend": 1, "segs": [{"utf8":
 * "\n"}]}]}}, milliseconds. Events without {@code segs} (window definitions) show nothing; the
 * lines are made into cues by {@link CaptionLines}.
 *
 * <p>The events are read one by one: an event whose start is no time is a problem naming its line,
 * the rest read; JSON broken part-way (a file cut off) is a problem naming the line, the events
 * before it kept.
 */
final class YoutubeJson3Reader implements CueReader {

  static final String FORMAT = "youtube-json3";

  private static final double MS = 1000;
  private static final Pattern EVENTS = ServiceJsonReader.fieldOpening("events", "[{");
  private static final Pattern START = ServiceJsonReader.fieldOpening("tStartMs", "");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  /** A JSON object with an {@code events} list and events timed by {@code tStartMs}. */
  @Override
  public boolean recognizesContent(SourceText text) {
    String content = text.content();
    return content.stripLeading().startsWith("{")
        && EVENTS.matcher(content).find()
        && START.matcher(content).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    CaptionLines lines = new CaptionLines();
    try {
      JsonListField.read(
          mapper,
          text,
          "events",
          "json3 captions must be a JSON object",
          (event, line) -> event(event, line, text.location(), problems, lines));
    } catch (SourceException broken) {
      if (lines.isEmpty()) {
        throw broken;
      }
      Problem problem = broken.problem();
      problems.accept(
          new Problem(
              problem.location(),
              problem.line(),
              problem.reason() + "; the events after it are lost"));
    }
    return lines.cues(text.location(), problems);
  }

  private static void event(
      JsonNode event, int line, String location, Consumer<Problem> problems, CaptionLines lines) {
    JsonNode segs = event.path("segs");
    if (!segs.isArray() || segs.isEmpty()) {
      return; // a window or pen definition: nothing is shown
    }
    JsonNode start = event.path("tStartMs");
    if (!start.isNumber() || start.asDouble() < 0) {
      if (!said(segs).isBlank()) {
        problems.accept(
            new Problem(
                location,
                line,
                "event has no readable \"tStartMs\" ("
                    + start
                    + "); skipped: \""
                    + said(segs)
                    + "\""));
      }
      return;
    }
    double from = start.asDouble();
    if (event.path("aAppend").asInt(0) != 1 || lines.isEmpty()) {
      lines.open(line, from / MS, (from + event.path("dDurationMs").asDouble(0)) / MS);
    }
    for (JsonNode seg : segs) {
      double offset = Math.max(0, seg.path("tOffsetMs").asDouble(0));
      lines.add((from + offset) / MS, seg.path("utf8").asText(""));
    }
  }

  /** The text of an event's segments, for a problem line. */
  private static String said(JsonNode segs) {
    StringBuilder text = new StringBuilder();
    segs.forEach(seg -> text.append(seg.path("utf8").asText("")));
    return text.toString().strip();
  }
}
