package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Google Cloud Speech-to-Text's JSON ({@code LongRunningRecognizeResponse}, alone or as the
 * {@code response} of its finished operation): {@code {"results": [{"alternatives": [{"transcript":
 * ..., "words": [{"startTime": "25.600s", "endTime": "26.600s", "word": "it's"}]}]}]}}. The words
 * of each result's first alternative are merged into utterances by {@link UtteranceMerger} (a
 * result runs for a minute or so, with no punctuation); a word's {@code speakerTag} (diarization)
 * is its speaker, {@code Speaker N}. A result with no timed words is a problem naming it. With
 * diarization the last result repeats every word with its speaker tag; then only it is read.
 */
final class GoogleSpeechJsonReader extends ServiceJsonReader {

  static final String FORMAT = "google-speech-json";

  private static final Pattern MARKS =
      Pattern.compile("\"results\"\\s*:\\s*\\[\\s*\\{\\s*\"alternatives\"");
  private static final Pattern DURATION = Pattern.compile("\\d+(?:\\.\\d+)?s");

  private final UtteranceMerger merger = new UtteranceMerger();

  GoogleSpeechJsonReader() {
    super(FORMAT, MARKS);
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    JsonNode results =
        root.has("results") ? root.get("results") : root.path("response").path("results");
    List<Cue> words = new ArrayList<>();
    for (int i = repeatsAll(results) ? results.size() - 1 : 0; i < results.size(); i++) {
      JsonNode best = results.get(i).path("alternatives").path(0);
      int before = words.size();
      for (JsonNode word : best.path("words")) {
        OptionalDouble start = seconds(word.path("startTime"));
        String said = word.path("word").asText("").strip();
        if (start.isPresent() && !said.isEmpty()) {
          double end = seconds(word.path("endTime")).orElse(start.getAsDouble());
          words.add(new Cue(0, start.getAsDouble(), end, speaker(word), said));
        }
      }
      if (words.size() == before && !best.path("transcript").asText("").isBlank()) {
        problems.accept(
            new Problem(
                location,
                0,
                "result "
                    + i
                    + " has no timed words; its transcript is left out: "
                    + shorten(best.path("transcript").asText())));
      }
    }
    return merger.merge(new CueOrder(location, problems).tidy(words));
  }

  /**
   * Whether the last result lists every word again with its {@code speakerTag}, as diarization
   * writes it (the results before it have the same words untagged): then it alone is read, or every
   * word would be said twice.
   */
  private static boolean repeatsAll(JsonNode results) {
    if (results.size() < 2) {
      return false;
    }
    JsonNode last = results.get(results.size() - 1).path("alternatives").path(0).path("words");
    int before = 0;
    for (int i = 0; i < results.size() - 1; i++) {
      before += results.get(i).path("alternatives").path(0).path("words").size();
    }
    if (last.isEmpty() || last.size() < before) {
      return false;
    }
    for (JsonNode word : last) {
      if (speaker(word) == null) {
        return false;
      }
    }
    return true;
  }

  /** Seconds from {@code "25.600s"}, or from {@code {"seconds": 25, "nanos": 600000000}}. */
  private static OptionalDouble seconds(JsonNode value) {
    if (value.isTextual() && DURATION.matcher(value.asText().strip()).matches()) {
      String text = value.asText().strip();
      return OptionalDouble.of(Double.parseDouble(text.substring(0, text.length() - 1)));
    }
    if (value.isObject() && (value.has("seconds") || value.has("nanos"))) {
      return OptionalDouble.of(
          value.path("seconds").asDouble(0) + value.path("nanos").asDouble(0) / 1e9);
    }
    return OptionalDouble.empty();
  }

  private static String speaker(JsonNode word) {
    return word.path("speakerTag").asInt(0) > 0
        ? "Speaker " + word.get("speakerTag").asInt()
        : null;
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "\u2026" : text;
  }
}
