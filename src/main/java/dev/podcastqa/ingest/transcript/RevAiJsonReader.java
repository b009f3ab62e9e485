package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Rev.ai's transcript JSON ({@code application/vnd.rev.transcript.v1.0+json}): {@code
 * {"monologues": [{"speaker": 0, "speaker_info": {"display_name": ...}, "elements": [{"type":
 * "text", "value": "Hi", "ts": 0.3, "end_ts": 0.52}, {"type": "punct", "value": ","}]}]}}, times in
 * seconds. The text elements are merged into utterances by {@link UtteranceMerger}, punctuation
 * going with the word before it; a monologue's speaker is its {@code display_name}, else {@code
 * Speaker N}.
 */
final class RevAiJsonReader extends ServiceJsonReader {

  static final String FORMAT = "revai-json";

  RevAiJsonReader() {
    super(FORMAT, fieldOpening("monologues", "["), fieldOpening("elements", "["));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    WordCues words = new WordCues();
    for (JsonNode monologue : root.path("monologues")) {
      String speaker = speaker(monologue);
      for (JsonNode element : monologue.path("elements")) {
        String value = element.path("value").asText("");
        if ("punct".equals(element.path("type").asText())) {
          words.attach(value);
          continue;
        }
        words.add(element.get("ts"), element.get("end_ts"), speaker, value);
      }
    }
    return words.utterances(location, problems);
  }

  private static String speaker(JsonNode monologue) {
    String name = monologue.path("speaker_info").path("display_name").asText("").strip();
    if (!name.isEmpty()) {
      return name;
    }
    JsonNode speaker = monologue.path("speaker");
    return speaker.canConvertToInt() ? "Speaker " + speaker.asInt() : null;
  }
}
