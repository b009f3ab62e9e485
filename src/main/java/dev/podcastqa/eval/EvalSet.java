package dev.podcastqa.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A question set read from JSON: {@code {"questions": [...]}}, each question either answerable,
 * {@code {"question", "episode" or "episodes", "second", "tolerance"?, "kind"?, "written"?}} with
 * {@code "second": null} for an answer in untimed show notes, or unanswerable, {@code {"question",
 * "answerable": false, "episode"?, "kind"?, "written"?}} where the episode names the topic it is a
 * near miss of. Other fields (notes for the people writing the set) are ignored.
 */
public record EvalSet(Path file, List<EvalQuestion> questions) {

  public EvalSet {
    questions = List.copyOf(questions);
  }

  /**
   * Reads and checks a set.
   *
   * @throws InvalidEvalSetException naming the file and every bad question, when the file cannot be
   *     read, is not JSON, or holds no question or a bad one
   */
  public static EvalSet read(Path file, ObjectMapper mapper) {
    JsonNode root = parse(file, mapper);
    List<String> problems = new ArrayList<>();
    List<EvalQuestion> questions = new ArrayList<>();
    JsonNode list = root.path("questions");
    if (!list.isArray()) {
      throw new InvalidEvalSetException(
          file, List.of(file + ": no \"questions\" array at the top level"));
    }
    int index = 0;
    for (JsonNode node : list) {
      index++;
      try {
        questions.add(question(node));
      } catch (IllegalArgumentException e) {
        problems.add(file + ": question " + index + ": " + e.getMessage());
      }
    }
    if (index == 0) {
      problems.add(file + ": has no questions");
    }
    if (!problems.isEmpty()) {
      throw new InvalidEvalSetException(file, problems);
    }
    return new EvalSet(file, questions);
  }

  private static JsonNode parse(Path file, ObjectMapper mapper) {
    try {
      return mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InvalidEvalSetException(
          file, List.of(file + ":" + where + ": not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidEvalSetException(file, List.of(file + ": cannot read: " + e));
    }
  }

  private static EvalQuestion question(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("is not an object");
    }
    JsonNode text = node.path("question");
    if (!text.isTextual() || text.asText().isBlank()) {
      throw new IllegalArgumentException("has no \"question\" text");
    }
    if (text.asText().strip().length() > Question.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "\"question\" is longer than the "
              + Question.MAX_LENGTH
              + " characters asked questions may be");
    }
    boolean answerable = bool(node, "answerable", true);
    List<String> episodes = new ArrayList<>();
    if (node.has("episode") && !node.get("episode").isNull()) {
      episodes.add(string(node.get("episode"), "episode"));
    }
    JsonNode many = node.path("episodes");
    if (!many.isMissingNode() && !many.isNull()) {
      if (!many.isArray()) {
        throw new IllegalArgumentException("\"episodes\" is not a list of episode ids");
      }
      many.forEach(e -> episodes.add(string(e, "episodes")));
    }
    if (answerable && !node.has("second")) {
      throw new IllegalArgumentException(
          "answerable question has no \"second\" (null when the answer is in untimed notes)");
    }
    return new EvalQuestion(
        text.asText(),
        episodes,
        seconds(node, "second", null),
        seconds(node, "tolerance", EvalQuestion.DEFAULT_TOLERANCE_SECONDS),
        label(node, "kind"),
        label(node, "written"),
        answerable);
  }

  /** A whole number of seconds, {@code absent} when missing or null. */
  private static Integer seconds(JsonNode node, String field, Integer absent) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return absent;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(
          "\"" + field + "\" is " + value + ", not a whole number of seconds");
    }
    return value.intValue();
  }

  private static boolean bool(JsonNode node, String field, boolean absent) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return absent;
    }
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("\"" + field + "\" is " + value + ", not true or false");
    }
    return value.booleanValue();
  }

  /** A free label such as {@code kind}, null when missing or null. */
  private static String label(JsonNode node, String field) {
    return node.hasNonNull(field) ? string(node.get(field), field) : null;
  }

  private static String string(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" holds " + value + ", not a string");
    }
    return value.asText();
  }
}
