package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads whisper.cpp's JSON output ({@code -oj}, {@code --output-json}): {@code {"systeminfo": ...,
 * "model": {...}, "params": {...}, "result": {"language": "id"}, "transcription": [{"timestamps":
 * {"from": "00:00:30,000", "to": "00:00:34,000"}, "offsets": {"from": 30000, "to": 34000}, "text":
 * " di edisi hari Jumat ..."}]}}. A segment is an utterance, timed by its {@code offsets} in
 * milliseconds (else its SRT-style {@code timestamps}); its {@code speaker}, as {@code --diarize}
 * writes it, is kept. A segment with no readable start is a problem naming its line. Without this
 * reader the file was "JSON that is neither a sidecar nor a transcript".
 */
final class WhisperCppJsonReader implements CueReader {

  static final String FORMAT = "whisper-cpp-json";

  private static final Pattern MARK = Pattern.compile("\"transcription\"\\s*:\\s*\\[\\s*\\{");
  private static final Pattern OFFSETS = Pattern.compile("\"offsets\"\\s*:\\s*\\{");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String content = text.content();
    return content.stripLeading().startsWith("{")
        && MARK.matcher(content).find()
        && OFFSETS.matcher(content).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Cue> cues = new ArrayList<>();
    int[] index = {0};
    JsonListField.read(
        mapper,
        text,
        "transcription",
        "a whisper.cpp JSON transcript is an object",
        (node, line) -> segment(node, line, index[0]++, text.location(), problems, cues));
    return cues;
  }

  private static void segment(
      JsonNode node,
      int line,
      int index,
      String location,
      Consumer<Problem> problems,
      List<Cue> cues) {
    String said = node.path("text").asText("").strip();
    if (said.isEmpty()) {
      return;
    }
    OptionalDouble start = seconds(node, "from");
    if (start.isEmpty()) {
      problems.accept(
          new Problem(location, line, "segment " + index + " has no readable start; skipped"));
      return;
    }
    double from = start.getAsDouble();
    double to = seconds(node, "to").orElse(from);
    String speaker = node.path("speaker").isValueNode() ? node.get("speaker").asText() : null;
    cues.add(new Cue(line, from, Math.max(from, to), speaker, said));
  }

  /** The segment's {@code end} ("from" or "to") in seconds: its offset, else its timestamp. */
  private static OptionalDouble seconds(JsonNode node, String end) {
    JsonNode offset = node.path("offsets").get(end);
    if (offset != null && offset.isNumber() && offset.asDouble() >= 0) {
      return OptionalDouble.of(offset.asDouble() / 1000);
    }
    JsonNode stamp = node.path("timestamps").get(end);
    return stamp == null || !stamp.isTextual()
        ? OptionalDouble.empty()
        : CueTiming.time(stamp.asText().strip().replace(',', '.'));
  }
}
