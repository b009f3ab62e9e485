package dev.podcastqa.answer;

import java.util.List;
import java.util.Objects;

/**
 * One exchange of a conversation, kept so a follow-up question can be understood.
 *
 * @param question the question as the user asked it
 * @param standalone the question retrieval ran on: the same, or rewritten to stand alone, or joined
 *     to the turn before it; its last {@link Question#MAX_LENGTH} characters are kept, from a
 *     word's start, so a chain of follow-ups, each joined to the one before, stays that long
 * @param answer the answer text, without citation markers, shortened to {@link #MAX_ANSWER}
 * @param cited the answer's citations, in its order (empty when it cited nothing): what the
 *     conversation is about, for a follow-up that leans on it
 */
public record Turn(String question, String standalone, String answer, List<Citation> cited) {

  /** Characters of an answer kept in memory; enough for a follow-up to refer back to it. */
  public static final int MAX_ANSWER = 1000;

  /** A turn whose answer cited nothing known here (a client's earlier message). */
  public Turn(String question, String standalone, String answer) {
    this(question, standalone, answer, List.of());
  }

  public Turn {
    Objects.requireNonNull(question, "question");
    cited = List.copyOf(cited);
    Objects.requireNonNull(standalone, "standalone");
    if (standalone.length() > Question.MAX_LENGTH) {
      String last = standalone.substring(standalone.length() - Question.MAX_LENGTH);
      int space = last.indexOf(' ');
      standalone = space < 0 ? last : last.substring(space + 1);
    }
    answer = answer.replaceAll("\\s*\\[\\d+]", "").strip();
    if (answer.length() > MAX_ANSWER) {
      answer = answer.substring(0, MAX_ANSWER) + "…";
    }
  }

  /** Whether the answer cited a passage of {@code episodeId}. */
  public boolean cites(String episodeId) {
    return cited.stream().anyMatch(c -> c.episodeId().equals(episodeId));
  }
}
