package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads IBM Watson Speech to Text's JSON: {@code {"results": [{"alternatives": [{"transcript": ...,
 * "timestamps": [["there", 13.04, 13.23]]}], "final": true}], "speaker_labels": [{"from": 13.04,
 * "to": 13.23, "speaker": 1}]}}, as {@code /v1/recognize} returns it, or inside the {@code results}
 * of a finished asynchronous job ({@code {"id": ..., "results": [{"result_index": 0,
 * "speaker_labels": [...], "results": [...]}]}}); times in seconds. The timed words are merged into
 * utterances by {@link UtteranceMerger}; a word's speaker is the label that starts with it, {@code
 * Speaker N}.
 */
final class WatsonJsonReader extends ServiceJsonReader {

  static final String FORMAT = "watson-json";

  WatsonJsonReader() {
    super(FORMAT, fieldOpening("results", "["), fieldOpening("timestamps", "[["));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    List<JsonNode> recognitions = new ArrayList<>();
    Map<Double, String> speakers = new HashMap<>();
    collect(root, recognitions, speakers);
    WordCues words = new WordCues();
    for (JsonNode recognition : recognitions) {
      for (JsonNode word : recognition.path("alternatives").path(0).path("timestamps")) {
        if (word.size() >= 3 && word.get(1).isNumber() && word.get(2).isNumber()) {
          double start = word.get(1).asDouble();
          words.add(start, word.get(2).asDouble(), speakers.get(start), word.get(0).asText(""));
        }
      }
    }
    return words.utterances(location, problems);
  }

  /**
   * Gathers the recognition results of {@code node} (a response, or a job whose results are
   * responses) and the speaker of each labelled word start.
   */
  private static void collect(
      JsonNode node, List<JsonNode> recognitions, Map<Double, String> speakers) {
    for (JsonNode label : node.path("speaker_labels")) {
      if (label.path("from").isNumber() && label.path("speaker").canConvertToInt()) {
        speakers.putIfAbsent(
            label.get("from").asDouble(), "Speaker " + label.get("speaker").asInt());
      }
    }
    for (JsonNode result : node.path("results")) {
      if (result.has("alternatives")) {
        recognitions.add(result);
      } else if (result.has("results")) {
        collect(result, recognitions, speakers);
      }
    }
  }
}
