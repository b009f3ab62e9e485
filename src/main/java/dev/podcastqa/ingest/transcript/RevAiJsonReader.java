package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Rev.ai's transcript JSON ({@code application/vnd.rev.transcript.v1.0+json}): {@code
 * {"monologues": [{"speaker": 0, "speaker_info": {"display_name": ...}, "elements": [{"type":
 * "text", "value": "Hi", "ts": 0.3, "end_ts": 0.52}, {"type": "punct", "value": ","}]}]}}, times in
 * seconds. The text elements are merged into utterances by {@link UtteranceMerger}, punctuation
 * going with the word before it; a monologue's speaker is its {@code display_name}, else {@code
 * Speaker N}.
 */
final class RevAiJsonReader implements CueReader {

  static final String FORMAT = "revai-json";

  private static final Pattern MONOLOGUES = Pattern.compile("\"monologues\"\\s*:\\s*\\[");
  private static final Pattern ELEMENTS = Pattern.compile("\"elements\"\\s*:\\s*\\[");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String content = text.content();
    return content.stripLeading().startsWith("{")
        && MONOLOGUES.matcher(content).find()
        && ELEMENTS.matcher(content).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    JsonNode root;
    try {
      root = mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    }
    WordCues words = new WordCues();
    for (JsonNode monologue : root.path("monologues")) {
      String speaker = speaker(monologue);
      for (JsonNode element : monologue.path("elements")) {
        String value = element.path("value").asText("");
        if ("punct".equals(element.path("type").asText())) {
          words.attach(value);
          continue;
        }
        OptionalDouble start = JsonTranscriptReader.seconds(element.get("ts"));
        if (start.isPresent()) {
          double end =
              JsonTranscriptReader.seconds(element.get("end_ts")).orElse(start.getAsDouble());
          words.add(start.getAsDouble(), end, speaker, value);
        }
      }
    }
    return words.utterances(text.location(), problems);
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
