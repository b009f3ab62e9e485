package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Podcasting 2.0 JSON transcripts; word-level files (bodies of fewer than two words on
 * average) are merged into utterances by {@link UtteranceMerger}, segment-level files kept as they
 * are but for the lines of one caption, which share its times and are joined.
 */
final class JsonTranscriptReader implements CueReader {

  static final String FORMAT = "podcast-json-transcript";

  private static final Pattern SEGMENTS = Pattern.compile("\"segments\"\\s*:\\s*\\[");

  private final ObjectMapper mapper = new ObjectMapper();
  private final UtteranceMerger merger = new UtteranceMerger();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    return text.content().stripLeading().startsWith("{") && SEGMENTS.matcher(text.content()).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Cue> cues = new ArrayList<>();
    boolean found =
        JsonListField.read(
            mapper,
            text,
            "segments",
            "a JSON transcript must be an object",
            (node, line) -> segment(node, line, text.location(), problems, cues));
    if (!found) {
      throw new SourceException(text.location(), 0, "no \"segments\" list in the JSON");
    }
    if (!UtteranceMerger.isWordLevel(cues)) {
      return joinSharedSpans(cues);
    }
    return merger.merge(new CueOrder(text.location(), problems).tidy(cues));
  }

  /** The top-level text fields that name a {@link SourceHeader} field ({@code "title"}, ...). */
  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    return topLevelHeader(mapper, text, problems);
  }

  /**
   * The header the top-level fields of a JSON transcript state: text and whole-number fields that
   * name a {@link SourceHeader} field, and a {@code "duration"} in fractional seconds (OpenAI's
   * {@code verbose_json}) rounded to the second.
   */
  static SourceHeader topLevelHeader(
      ObjectMapper mapper, SourceText text, Consumer<Problem> problems) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return SourceHeader.NONE;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT) {
          if (SourceHeader.isKey(name)) {
            fields.put(name, List.of(parser.getText()));
          }
        } else if (value == JsonToken.VALUE_NUMBER_FLOAT && name.equals("duration")) {
          fields.put(name, List.of(Long.toString(Math.round(parser.getDoubleValue()))));
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return SourceHeader.NONE; // read() has reported what is wrong with the JSON
    }
    return SourceHeader.of(fields, text.location(), 0, problems);
  }

  private static void segment(
      JsonNode node, int line, String location, Consumer<Problem> problems, List<Cue> cues) {
    Optional<String> reason = reason(node);
    if (reason.isPresent()) {
      problems.accept(new Problem(location, line, reason.get()));
    } else if (!node.path("body").asText("").isBlank()) {
      cues.add(cue(node, line));
    }
  }

  private static Cue cue(JsonNode node, int line) {
    double start = seconds(node.get("startTime")).orElseThrow();
    double end = node.hasNonNull("endTime") ? seconds(node.get("endTime")).orElseThrow() : start;
    String speaker = node.hasNonNull("speaker") ? node.get("speaker").asText() : null;
    return new Cue(line, start, end, speaker, node.get("body").asText());
  }

  /** Why {@code node} cannot be read as a segment, or empty when it can. */
  private static Optional<String> reason(JsonNode node) {
    if (!node.isObject()) {
      return Optional.of("segment is not a JSON object; skipped");
    }
    if (seconds(node.get("startTime")).isEmpty()) {
      return Optional.of(
          "segment has no readable \"startTime\" (" + node.get("startTime") + "); skipped");
    }
    if (node.hasNonNull("endTime") && seconds(node.get("endTime")).isEmpty()) {
      return Optional.of(
          "segment \"endTime\" " + node.get("endTime") + " is not a number of seconds; skipped");
    }
    return Optional.empty();
  }

  /** Seconds from a number, a numeric string or a clock string; empty for anything else. */
  static OptionalDouble seconds(JsonNode value) {
    if (value == null) {
      return OptionalDouble.empty();
    }
    if (value.isNumber()) {
      double seconds = value.asDouble();
      return seconds >= 0 && Double.isFinite(seconds)
          ? OptionalDouble.of(seconds)
          : OptionalDouble.empty();
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.matches("\\d+(?:\\.\\d+)?")) {
        return OptionalDouble.of(Double.parseDouble(text));
      }
      return CueTiming.time(text);
    }
    return OptionalDouble.empty();
  }

  /**
   * Consecutive segments of one speaker with the same start and end joined into one: Buzzsprout
   * writes each line of a caption as a segment of its own ({@code 0.0-4.8 "It is so stinking nice
   * to"}, {@code 0.0-4.8 "like, show up and record this"}).
   */
  private static List<Cue> joinSharedSpans(List<Cue> cues) {
    List<Cue> joined = new ArrayList<>(cues.size());
    for (Cue cue : cues) {
      Cue last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null
          && last.start() == cue.start()
          && last.end() == cue.end()
          && Objects.equals(last.speaker(), cue.speaker())) {
        joined.set(
            joined.size() - 1, last.withText(last.text().strip() + " " + cue.text().strip()));
      } else {
        joined.add(cue);
      }
    }
    return joined;
  }
}
