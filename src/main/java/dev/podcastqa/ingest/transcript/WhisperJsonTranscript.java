package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * Reads Whisper's JSON transcripts: openai-whisper's {@code .json} output, OpenAI's {@code
 * verbose_json} and the faster-whisper and WhisperX files built like them, {@code {"text": ...,
 * "segments": [{"start": 0.0, "end": 4.2, "text": "..."}]}}. A segment's {@code "speaker"} (the
 * diarized output of WhisperX and faster-whisper) is its speaker; a segment's {@code
 * "speakerLabel"} is, named by the top-level {@code "speakers"} map when it has the label
 * (podwhisperer's {@code {"speakers": {"spk_0": "Eoin"}, "segments": [{"speakerLabel": "spk_0",
 * ...}]}}); the words, tokens and scores are not read. A Podcasting 2.0 JSON transcript has {@code
 * "segments"} too, but its segments have {@code "startTime"}: the fields of the first segment tell
 * the two apart.
 */
final class WhisperJsonTranscript implements CueReader {

  static final String FORMAT = "whisper-json";

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  /** A JSON object whose first segment has a {@code "start"} and no {@code "startTime"}. */
  @Override
  public boolean recognizesContent(SourceText text) {
    if (!text.content().stripLeading().startsWith("{")
        || !text.content().contains("\"segments\"")) {
      return false;
    }
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("segments")) {
          if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
          }
          JsonNode first = parser.readValueAsTree();
          return first.has("start") && !first.has("startTime");
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      return false; // not JSON this reader can tell: the Podcasting 2.0 reader reports it
    }
    return false;
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Cue> cues = new ArrayList<>();
    int[] index = {0};
    Map<String, String> names = speakerNames(text);
    JsonListField.read(
        mapper,
        text,
        "segments",
        "a Whisper JSON transcript is an object",
        (node, line) -> segment(node, line, index[0]++, text.location(), names, problems, cues));
    return cues;
  }

  /** The top-level {@code "speakers"} map of labels to names; empty without one. */
  private Map<String, String> speakerNames(SourceText text) {
    Map<String, String> names = new HashMap<>();
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("speakers") && value == JsonToken.START_OBJECT) {
          JsonNode map = parser.readValueAsTree();
          map.fields()
              .forEachRemaining(
                  entry -> {
                    if (entry.getValue().isTextual() && !entry.getValue().asText().isBlank()) {
                      names.put(entry.getKey(), entry.getValue().asText().strip());
                    }
                  });
          return names;
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      // the segments' reading reports what is wrong with the file
    }
    return names;
  }

  /** Top-level {@code "title"} and the like, and the {@code "duration"} of verbose_json. */
  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    return JsonTranscriptReader.topLevelHeader(mapper, text, problems);
  }

  private static void segment(
      JsonNode node,
      int line,
      int index,
      String location,
      Map<String, String> names,
      Consumer<Problem> problems,
      List<Cue> cues) {
    Optional<String> reason = reason(node);
    if (reason.isPresent()) {
      problems.accept(new Problem(location, line, "segment " + index + " " + reason.get()));
    } else if (!node.path("text").asText("").isBlank()) {
      cues.add(cue(node, line, names));
    }
  }

  private static Cue cue(JsonNode node, int line, Map<String, String> names) {
    double start = JsonTranscriptReader.seconds(node.get("start")).orElseThrow();
    OptionalDouble end = JsonTranscriptReader.seconds(node.get("end"));
    String speaker = null;
    if (node.path("speaker").isTextual()) {
      speaker = node.get("speaker").asText();
    } else if (node.path("speakerLabel").isTextual()) {
      String label = node.get("speakerLabel").asText();
      speaker = names.getOrDefault(label, label);
    }
    return new Cue(line, start, end.orElse(start), speaker, node.get("text").asText().strip());
  }

  /** Why {@code node} cannot be read as a segment, or empty when it can. */
  private static Optional<String> reason(JsonNode node) {
    if (!node.isObject()) {
      return Optional.of("is not a JSON object; skipped");
    }
    if (JsonTranscriptReader.seconds(node.get("start")).isEmpty()) {
      return Optional.of("has no readable \"start\" (" + node.get("start") + "); skipped");
    }
    if (node.hasNonNull("end") && JsonTranscriptReader.seconds(node.get("end")).isEmpty()) {
      return Optional.of("\"end\" " + node.get("end") + " is not a number of seconds; skipped");
    }
    return Optional.empty();
  }
}
