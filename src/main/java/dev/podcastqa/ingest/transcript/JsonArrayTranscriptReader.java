package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads transcripts that are a bare JSON list of timed pieces, as scripts and transcription tools
 * write them without a wrapping object: {@code [{"start": 0.0, "end": 4.2, "text": "..."}]}, with
 * {@code startTime}/{@code endTime} or {@code start_time}/{@code end_time} for the times (seconds,
 * a numeric string or a clock such as {@code 00:01:02.500}; {@code startMs}/{@code start_ms} in
 * milliseconds), {@code text}, {@code body} or {@code content} for the words and an optional {@code
 * speaker} (Podlove Publisher's {@code voice} when its {@code speaker} is a contributor's number).
 * Subtitle markup in the words ({@code <i>}) is removed and their line breaks joined with a space,
 * as in SubRip files. Word-level lists are merged into utterances as Podcasting 2.0's are.
 * Whole-number {@code start}/{@code end} values past ten hours are milliseconds.
 */
final class JsonArrayTranscriptReader implements CueReader {

  static final String FORMAT = "json-array-transcript";

  private static final List<String> STARTS = List.of("start", "startTime", "start_time");
  private static final List<String> ENDS = List.of("end", "endTime", "end_time");
  private static final List<String> STARTS_MS = List.of("startMs", "start_ms");
  private static final List<String> ENDS_MS = List.of("endMs", "end_ms");
  private static final List<String> TEXTS = List.of("text", "body", "content");
  private static final Pattern OPENS = Pattern.compile("^\\s*\\[\\s*\\{");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int MAX_WHOLE_SECONDS = 36_000;

  private final ObjectMapper mapper = new ObjectMapper();
  private final UtteranceMerger merger = new UtteranceMerger();

  @Override
  public String format() {
    return FORMAT;
  }

  /** A JSON list whose first element is an object with a start time and words. */
  @Override
  public boolean recognizesContent(SourceText text) {
    if (!OPENS.matcher(text.content()).lookingAt()) {
      return false;
    }
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_ARRAY
          || parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonNode first = parser.readValueAsTree();
      return start(first).isPresent() && first.has(textField(first));
    } catch (IOException e) {
      return false; // not JSON this reader can tell; the file is read as something else or not
    }
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<Cue> cues = new ArrayList<>();
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new SourceException(text.location(), 1, "a JSON transcript list must be a list");
      }
      int index = 0;
      WholeNumbers whole = new WholeNumbers();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = parser.readValueAsTree();
        Optional<String> reason = reason(node);
        if (reason.isPresent()) {
          problems.accept(
              new Problem(text.location(), line, "piece " + index + " " + reason.get()));
        } else if (!SubtitleMarkup.plain(node.path(textField(node)).asText("")).isEmpty()) {
          cues.add(cue(node, line));
          whole.see(node);
        }
        index++;
      }
      cues = whole.areMilliseconds() ? inSeconds(cues) : cues;
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return UtteranceMerger.isWordLevel(cues)
        ? merger.merge(new CueOrder(text.location(), problems).tidy(cues))
        : cues;
  }

  private static List<Cue> inSeconds(List<Cue> millis) {
    return millis.stream()
        .map(c -> new Cue(c.line(), c.start() / 1000, c.end() / 1000, c.speaker(), c.text()))
        .toList();
  }

  /**
   * Whether the {@code start} and {@code end} of the pieces are milliseconds though the field names
   * say seconds: every one a whole number and a start past {@value #MAX_WHOLE_SECONDS} (ten hours),
   * as subtitle converters write them ({@code {"start": 25801, "end": 28700}}); the same rule as
   * for HTML {@code data-start} times.
   */
  private static final class WholeNumbers {
    private boolean allWhole = true;
    private double maxStart;

    void see(JsonNode node) {
      for (List<String> fields : List.of(STARTS, ENDS)) {
        fields.stream()
            .filter(node::hasNonNull)
            .findFirst()
            .ifPresent(f -> allWhole &= node.get(f).isIntegralNumber());
      }
      if (STARTS_MS.stream().anyMatch(node::hasNonNull)) {
        allWhole = false;
      }
      maxStart = Math.max(maxStart, start(node).orElse(0));
    }

    boolean areMilliseconds() {
      return allWhole && maxStart > MAX_WHOLE_SECONDS;
    }
  }

  private static Cue cue(JsonNode node, int line) {
    double start = start(node).orElseThrow();
    double end = end(node).orElse(start + duration(node));
    String text = SubtitleMarkup.plain(node.get(textField(node)).asText());
    return new Cue(line, start, end, speaker(node), text);
  }

  /**
   * The piece's {@code speaker}; but where that is a number and a {@code voice} names the speaker,
   * as Podlove Publisher writes them ({@code "speaker": "68", "voice": "robertranisch"}: the
   * contributor's id and name), the voice.
   */
  private static String speaker(JsonNode node) {
    String speaker =
        node.path("speaker").isValueNode() ? node.path("speaker").asText("").strip() : "";
    String voice = node.path("voice").isTextual() ? node.path("voice").asText().strip() : "";
    if (!voice.isEmpty() && (speaker.isEmpty() || NUMBER.matcher(speaker).matches())) {
      return voice;
    }
    return node.path("speaker").isTextual() && !speaker.isEmpty() ? speaker : null;
  }

  /** Why {@code node} cannot be read as a timed piece, or empty when it can. */
  private static Optional<String> reason(JsonNode node) {
    if (!node.isObject()) {
      return Optional.of("is not a JSON object; skipped");
    }
    if (start(node).isEmpty()) {
      return Optional.of("has no readable start time; skipped: " + shorten(node));
    }
    boolean hasEnd =
        ENDS.stream().anyMatch(node::hasNonNull) || ENDS_MS.stream().anyMatch(node::hasNonNull);
    if (hasEnd && end(node).isEmpty()) {
      return Optional.of("has an end that is no time; skipped: " + shorten(node));
    }
    return Optional.empty();
  }

  /**
   * How long a piece with no end lasts: its {@code duration}, as youtube-transcript-api writes each
   * caption line ({@code {"text": ..., "start": 0.919, "duration": 4.96}}), in the unit of its
   * start; 0 without one. Left out, such a line ended where it began.
   */
  private static double duration(JsonNode node) {
    JsonNode duration = node.get("duration");
    return duration != null && duration.isNumber() && duration.asDouble() > 0
        ? duration.asDouble()
        : 0;
  }

  private static OptionalDouble start(JsonNode node) {
    return time(node, STARTS, STARTS_MS);
  }

  private static OptionalDouble end(JsonNode node) {
    return time(node, ENDS, ENDS_MS);
  }

  /** The seconds the first present field of {@code seconds} (or of {@code millis}) states. */
  private static OptionalDouble time(JsonNode node, List<String> seconds, List<String> millis) {
    for (String field : seconds) {
      if (node.hasNonNull(field)) {
        return JsonTranscriptReader.seconds(node.get(field));
      }
    }
    for (String field : millis) {
      if (node.hasNonNull(field)) {
        OptionalDouble ms = JsonTranscriptReader.seconds(node.get(field));
        return ms.isPresent() ? OptionalDouble.of(ms.getAsDouble() / 1000) : ms;
      }
    }
    return OptionalDouble.empty();
  }

  /** The name of the field that holds {@code node}'s words ({@code text} when it has none). */
  private static String textField(JsonNode node) {
    return TEXTS.stream().filter(node::has).findFirst().orElse("text");
  }

  private static String shorten(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "\u2026" : text;
  }
}
