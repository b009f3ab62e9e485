package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the elements of one list field of a JSON transcript's top-level object one by one, each
 * with the line it starts on, without building the whole document: Whisper's and Podcasting 2.0's
 * {@code segments}, YouTube's {@code events}.
 */
final class JsonListField {

  /** Takes one element of the list, and the line of the file it starts on. */
  interface Element {
    void accept(JsonNode element, int line);
  }

  private JsonListField() {}

  /**
   * Hands each element of the top-level list {@code field} of {@code text} to {@code element}, in
   * file order; other fields are skipped.
   *
   * @param notAnObject the problem when the JSON is not an object
   * @return whether the object has such a list
   * @throws SourceException when the JSON is not an object, or is broken (naming the line); the
   *     elements before the break have been handed on
   */
  static boolean read(
      ObjectMapper mapper, SourceText text, String field, String notAnObject, Element element) {
    boolean found = false;
    try (JsonParser parser = mapper.createParser(text.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new SourceException(text.location(), 1, notAnObject);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY && name.equals(field)) {
          found = true;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            element.accept(parser.readValueAsTree(), line);
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
