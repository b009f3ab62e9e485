package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.podcastqa.ingest.source.HtmlText;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Finds the transcript a Markdown file keeps in its front matter as a JSON list of timed pieces, as
 * a site generator's pages do with Whisper's segments ({@code whisper_segments: '[{"id": 0,
 * "start": 0.0, "end": 23.0, "text": " Hello, ..."}]'}) above an untimed copy of the words: the
 * list is the transcript, the front matter's scalar fields its header, and its {@code description}
 * (the show notes, HTML or plain) the episode's notes. Such front matter runs to thousands of
 * lines, past what is read as a page's header.
 */
public final class FrontMatterSegments {

  /** A front matter field whose value opens a JSON list of objects. */
  private static final Pattern JSON_LIST_FIELD =
      Pattern.compile("(?m)^[\\w-]+:\\s*['\"]?\\[\\s*\\{\\s*\\\\?\"");

  private static final String FENCE = "---";
  private static final String NOTES = "description";
  private static final YAMLMapper YAML = new YAMLMapper();

  private final JsonArrayTranscriptReader lists = new JsonArrayTranscriptReader();

  /**
   * The list of timed pieces (as a JSON text at {@code text}'s place), the header and the
   * paragraphs of the show notes (empty without a {@code description}).
   */
  public record Found(SourceText segments, SourceHeader header, List<String> notes) {

    public Found {
      notes = List.copyOf(notes);
    }
  }

  /** The timed pieces {@code text}'s front matter holds, or empty when it holds none. */
  public Optional<Found> find(SourceText text, Consumer<Problem> problems) {
    String content = text.content();
    if (!content.startsWith(FENCE + "\n") && !content.startsWith(FENCE + "\r\n")) {
      return Optional.empty();
    }
    int close = content.indexOf("\n" + FENCE, FENCE.length());
    if (close < 0 || !JSON_LIST_FIELD.matcher(content.substring(0, close)).find()) {
      return Optional.empty();
    }
    JsonNode fields;
    try {
      fields = YAML.readTree(content.substring(FENCE.length(), close));
    } catch (JsonProcessingException e) {
      return Optional.empty(); // the Markdown reader reports front matter that is not YAML
    }
    if (fields == null || !fields.isObject()) {
      return Optional.empty();
    }
    Map<String, List<String>> scalars = new LinkedHashMap<>();
    SourceText found = null;
    List<String> notes = List.of();
    for (Map.Entry<String, JsonNode> field :
        (Iterable<Map.Entry<String, JsonNode>>) fields::fields) {
      JsonNode value = field.getValue();
      if (!value.isTextual()) {
        continue;
      }
      SourceText list = new SourceText(text.location(), text.name(), value.asText());
      if (found == null && lists.recognizesContent(list)) {
        found = list;
      } else if (field.getKey().equalsIgnoreCase(NOTES)) {
        notes = HtmlText.paragraphs(value.asText());
      } else if (SourceHeader.isKey(field.getKey())) {
        scalars.put(field.getKey(), List.of(value.asText()));
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    SourceHeader header = SourceHeader.of(scalars, text.location(), 1, problems);
    return Optional.of(new Found(found, header, notes));
  }
}
