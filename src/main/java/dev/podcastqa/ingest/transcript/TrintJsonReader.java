package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Trint's JSON export: {@code {"title": ..., "words": [{"time": 3050, "duration": 330,
 * "value": "Primeiro", "speaker": null, "paragraphId": "p0-0", "strikethrough": false}],
 * "speakers": {...}, "paragraphs": {...}}}, times in milliseconds. Words are merged into utterances
 * by {@link UtteranceMerger}; a word struck through in Trint's editor is left out; a word's {@code
 * speaker} is the name {@code speakers} gives its id, else the id.
 */
final class TrintJsonReader implements CueReader {

  static final String FORMAT = "trint-json";

  private static final Pattern WORDS = Pattern.compile("\"words\"\\s*:\\s*\\[");
  private static final Pattern PARAGRAPH_ID = Pattern.compile("\"paragraphId\"\\s*:");
  private static final double MS = 1000;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    String content = text.content();
    return content.stripLeading().startsWith("{")
        && WORDS.matcher(content).find()
        && PARAGRAPH_ID.matcher(content).find();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    JsonNode root;
    try {
      root = mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    }
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
    return words.utterances(text.location(), problems);
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
