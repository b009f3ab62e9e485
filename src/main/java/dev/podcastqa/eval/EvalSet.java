package dev.podcastqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A question set read from JSON: {@code {"questions": [{"question", "episode" or "episodes",
 * "second"} or {"question", "answerable": false}]}}.
 */
public record EvalSet(Path file, List<EvalQuestion> questions) {

  public EvalSet {
    questions = List.copyOf(questions);
  }

  public static EvalSet read(Path file, ObjectMapper mapper) {
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read eval set " + file + ": " + e.getMessage(), e);
    }
    List<EvalQuestion> questions = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.path("questions")) {
      index++;
      try {
        questions.add(question(node));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": question " + index + ": " + e.getMessage());
      }
    }
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(file + " has no questions");
    }
    return new EvalSet(file, questions);
  }

  private static EvalQuestion question(JsonNode node) {
    boolean answerable = node.path("answerable").asBoolean(true);
    List<String> episodes = new ArrayList<>();
    if (node.hasNonNull("episode")) {
      episodes.add(node.get("episode").asText());
    }
    node.path("episodes").forEach(e -> episodes.add(e.asText()));
    if (answerable && !node.path("second").canConvertToInt()) {
      throw new IllegalArgumentException("answerable question has no \"second\"");
    }
    return new EvalQuestion(
        node.path("question").asText(), episodes, node.path("second").asInt(0), answerable);
  }
}
