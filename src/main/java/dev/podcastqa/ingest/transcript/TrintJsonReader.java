package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Trint's JSON export: {@code {"title": ..., "words": [{"time": 3050, "duration": 330,
 * "value": "Primeiro", "speaker": null, "paragraphId": "p0-0", "strikethrough": false}],
 * "speakers": {...}, "paragraphs": {...}}}, times in milliseconds. Words are merged into utterances
 * by {@link UtteranceMerger}; a word struck through in Trint's editor is left out; a word's {@code
 * speaker} is the name {@code speakers} gives its id, else the id.
 */
final class TrintJsonReader extends ServiceJsonReader {

  static final String FORMAT = "trint-json";

  private static final double MS = 1000;

  TrintJsonReader() {
    super(FORMAT, fieldOpening("words", "["), fieldOpening("paragraphId", ""));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    JsonNode speakers = root.path("speakers");
    WordCues words = new WordCues();
    for (JsonNode word : root.path("words")) {
      if (word.path("strikethrough").asBoolean(false) || !word.path("time").canConvertToLong()) {
        continue;
      }
      double start = word.get("time").asLong() / MS;
      double end = start + word.path("duration").asLong(0) / MS;
      words.add(start, end, speaker(word.path("speaker"), speakers), word.path("value").asText(""));
    }
    return words.utterances(location, problems);
  }

  private static String speaker(JsonNode id, JsonNode speakers) {
    if (!id.isValueNode() || id.isNull() || id.asText().isBlank()) {
      return null;
    }
    JsonNode named = speakers.path(id.asText());
    String name = named.isTextual() ? named.asText() : named.path("name").asText("");
    return name.isBlank() ? id.asText().strip() : name.strip();
  }
}
