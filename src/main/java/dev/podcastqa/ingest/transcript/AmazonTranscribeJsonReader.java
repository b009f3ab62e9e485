package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Amazon Transcribe's job output: {@code {"jobName": ..., "results": {"transcripts":
 * [{"transcript": ...}], "items": [{"start_time": "5.24", "end_time": "5.85", "alternatives":
 * [{"content": "Today"}], "type": "pronunciation"}, {"alternatives": [{"content": "."}], "type":
 * "punctuation"}], "speaker_labels": {"segments": [{"speaker_label": "spk_0", "items":
 * [{"start_time": "5.24", ...}]}]}}}}, times in seconds written as strings. Words are merged into
 * utterances by {@link UtteranceMerger}; punctuation, which has no time, goes with the word before
 * it. A word's speaker is its own {@code speaker_label} (newer jobs), else that of the diarized
 * item with its start time: {@code spk_0} is {@code Speaker 0}.
 */
final class AmazonTranscribeJsonReader extends ServiceJsonReader {

  static final String FORMAT = "amazon-transcribe-json";

  private static final Pattern SPEAKER = Pattern.compile("spk_(\\d+)");

  AmazonTranscribeJsonReader() {
    super(
        FORMAT,
        fieldOpening("results", "{"),
        fieldOpening("transcripts", "["),
        fieldOpening("items", "["));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    JsonNode results = root.path("results");
    Map<String, String> speakers = diarized(results.path("speaker_labels"));
    WordCues words = new WordCues();
    int skipped = 0;
    for (JsonNode item : results.path("items")) {
      String content = item.path("alternatives").path(0).path("content").asText("");
      if ("punctuation".equals(item.path("type").asText())) {
        words.attach(content);
        continue;
      }
      String label = item.path("speaker_label").asText("");
      if (label.isEmpty()) {
        label = speakers.getOrDefault(item.path("start_time").asText(), "");
      }
      if (!words.add(item.get("start_time"), item.get("end_time"), speaker(label), content)) {
        skipped++;
      }
    }
    if (skipped > 0) {
      problems.accept(
          new Problem(location, 0, skipped + " words have no start time; they are left out"));
    }
    return words.utterances(location, problems);
  }

  /** The speaker label of each diarized item, by its start time as written. */
  private static Map<String, String> diarized(JsonNode labels) {
    Map<String, String> speakers = new HashMap<>();
    for (JsonNode segment : labels.path("segments")) {
      for (JsonNode item : segment.path("items")) {
        String label = item.path("speaker_label").asText(segment.path("speaker_label").asText(""));
        if (!label.isEmpty()) {
          speakers.putIfAbsent(item.path("start_time").asText(), label);
        }
      }
    }
    return speakers;
  }

  private static String speaker(String label) {
    if (label.isBlank()) {
      return null;
    }
    var number = SPEAKER.matcher(label.strip());
    return number.matches() ? "Speaker " + number.group(1) : label.strip();
  }
}
