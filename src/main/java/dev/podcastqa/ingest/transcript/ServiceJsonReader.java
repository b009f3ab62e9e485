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
 * A reader of one speech-to-text service's JSON output. A file is the service's when it is a JSON
 * object in which each of the service's marks (the fields only it writes, as patterns) is found;
 * the file is read whole as a tree, and JSON that does not parse is an {@link InvalidJson}. What
 * each service adds is its walk of that tree to its timed words.
 */
abstract class ServiceJsonReader implements CueReader {

  private final String format;
  private final List<Pattern> marks;
  private final ObjectMapper mapper = new ObjectMapper();

  /** A reader of {@code format}, known by all of {@code marks} being found in the file. */
  ServiceJsonReader(String format, Pattern... marks) {
    this.format = format;
    this.marks = List.of(marks);
  }

  /**
   * The mark of a field {@code name} whose value opens with {@code brackets}, white space allowed
   * around each: {@code fieldOpening("words", "[{")} finds a {@code "words"} list whose first
   * element is an object; with no brackets, the field holding any value.
   */
  static Pattern fieldOpening(String name, String brackets) {
    StringBuilder regex = new StringBuilder(Pattern.quote("\"" + name + "\"")).append("\\s*:");
    for (char bracket : brackets.toCharArray()) {
      regex.append("\\s*").append(Pattern.quote(String.valueOf(bracket)));
    }
    return Pattern.compile(regex.toString());
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final boolean recognizesContent(SourceText text) {
    String content = text.content();
    return content.stripLeading().startsWith("{")
        && marks.stream().allMatch(mark -> mark.matcher(content).find());
  }

  @Override
  public final List<Cue> read(SourceText text, Consumer<Problem> problems) {
    JsonNode root;
    try {
      root = mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    }
    return read(root, text.location(), problems);
  }

  /**
   * The cues of {@code root}, the parsed file at {@code location}; what cannot be read goes to
   * {@code problems}.
   */
  abstract List<Cue> read(JsonNode root, String location, Consumer<Problem> problems);
}
