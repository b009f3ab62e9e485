package dev.podcastqa.answer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer contract: text with {@code [n]} markers, whether the corpus supported an answer, how
 * it was made, and the citations the markers point to.
 *
 * @param mode how the answer was made
 * @param notice null, or a note to show the user (e.g. why the model was not used)
 */
public record Answer(
    String answer,
    boolean answered,
    Mode mode,
    String conversationId,
    List<Citation> citations,
    String notice) {

  /** How an answer is made: quoted from the passages, or written by the configured model. */
  public enum Mode {
    EXTRACTIVE,
    LLM;

    /** The mode as the JSON answers, {@code /health} and the logs write it. */
    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return value();
    }
  }

  public Answer {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(mode, "mode");
    citations = List.copyOf(citations);
    if (!answered && !citations.isEmpty()) {
      throw new IllegalArgumentException("an unanswered question has no citations");
    }
    for (int i = 0; i < citations.size(); i++) {
      if (citations.get(i).n() != i + 1) {
        throw new IllegalArgumentException("citations must be numbered 1.." + citations.size());
      }
    }
  }

  public Answer withConversationId(String id) {
    return new Answer(answer, answered, mode, id, citations, notice);
  }

  public Answer withNotice(String text) {
    return new Answer(answer, answered, mode, conversationId, citations, text);
  }
}
