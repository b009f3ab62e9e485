package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Speechmatics' JSON transcript of format 2 ({@code "format": "2.8"}, what its batch API and
 * its real-time {@code AddTranscript} messages give): {@code {"results": [{"type": "word",
 * "start_time": 1.41, "end_time": 1.83, "alternatives": [{"content": "Tidy", "speaker": "S1"}]},
 * {"type": "punctuation", "attaches_to": "previous", "alternatives": [{"content": "."}]}]}},
 * seconds as numbers. Its {@code "results"} list of objects holding {@code "alternatives"} is
 * Google's mark too, so without this reader such a file was taken for Google's and read as having
 * no cues. Words (and {@code entity} items, {@code $2.05} written for "two dollars five cents") are
 * merged into utterances by {@link UtteranceMerger}; punctuation goes with the word before it. The
 * diarized speaker {@code S1} is {@code Speaker S1}; {@code UU} (unknown) is no speaker.
 */
final class SpeechmaticsV2JsonReader extends ServiceJsonReader {

  static final String FORMAT = "speechmatics-json";

  SpeechmaticsV2JsonReader() {
    super(
        FORMAT,
        Pattern.compile("\"format\"\\s*:\\s*\"2\\.\\d+\""),
        fieldOpening("results", "[{"),
        Pattern.compile("\"start_time\""),
        Pattern.compile("\"content\""));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    WordCues words = new WordCues();
    for (JsonNode item : root.path("results")) {
      JsonNode best = item.path("alternatives").path(0);
      String type = item.path("type").asText("");
      String content = best.path("content").asText("");
      if (type.equals("punctuation")) {
        words.attach(content);
      } else if (type.equals("word") || type.equals("entity")) {
        words.add(item.get("start_time"), item.get("end_time"), speaker(best), content);
      }
    }
    return words.utterances(location, problems);
  }

  private static String speaker(JsonNode alternative) {
    String label = alternative.path("speaker").asText("").strip();
    return label.isEmpty() || label.equals("UU") ? null : "Speaker " + label;
  }
}
