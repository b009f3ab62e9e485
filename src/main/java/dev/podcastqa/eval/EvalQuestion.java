package dev.podcastqa.eval;

import java.util.List;

/**
 * One question of an evaluation set: either answerable, with the episodes that may answer it, the
 * second where the answer is said (null when it lives only in untimed show notes) and how far a
 * cited moment may be from it; or one the corpus cannot answer, with the episode whose topic it is
 * about when it is a near miss.
 *
 * @param episodes for an answerable question, the episodes that answer it (at least one); for an
 *     unanswerable one, the episodes on its topic, possibly none
 * @param second where the answer is said, or null for text with no time (untimed show notes);
 *     always null for an unanswerable question
 * @param toleranceSeconds how far a cited start may be from {@code second} and still be the moment
 * @param kind a free label such as {@code near-miss} or {@code paraphrase}, or null
 * @param written a free label for how the question was written, such as {@code draft} (before the
 *     answer was looked up, as a listener asks) or {@code while locating} (with the transcript in
 *     view), or null; the report gives the main figures for each
 */
public record EvalQuestion(
    String question,
    List<String> episodes,
    Integer second,
    int toleranceSeconds,
    String kind,
    String written,
    boolean answerable) {

  /** The tolerance of a question that states none. */
  public static final int DEFAULT_TOLERANCE_SECONDS = 60;

  public EvalQuestion {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("an eval question has no text");
    }
    episodes = List.copyOf(episodes);
    if (episodes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("an episode id is blank");
    }
    if (answerable && episodes.isEmpty()) {
      throw new IllegalArgumentException("answerable question has no episode");
    }
    if (!answerable && second != null) {
      throw new IllegalArgumentException(
          "unanswerable question has a \"second\"; only answerable questions have one");
    }
    if (second != null && second < 0) {
      throw new IllegalArgumentException("\"second\" is negative: " + second);
    }
    if (toleranceSeconds < 0) {
      throw new IllegalArgumentException("\"tolerance\" is negative: " + toleranceSeconds);
    }
    if (kind != null && kind.isBlank()) {
      throw new IllegalArgumentException("\"kind\" is blank");
    }
    if (written != null && written.isBlank()) {
      throw new IllegalArgumentException("\"written\" is blank");
    }
  }

  /** An answerable question at {@code second} with the default tolerance and no labels. */
  public static EvalQuestion at(String question, String episode, Integer second) {
    return new EvalQuestion(
        question, List.of(episode), second, DEFAULT_TOLERANCE_SECONDS, null, null, true);
  }

  /** A question the corpus cannot answer, on the topic of {@code episodes}. */
  public static EvalQuestion unanswerable(String question, String kind, List<String> episodes) {
    return new EvalQuestion(question, episodes, null, DEFAULT_TOLERANCE_SECONDS, kind, null, false);
  }

  /** Whether the answer lives in text with no time (untimed show notes). */
  public boolean expectsUntimed() {
    return answerable && second == null;
  }
}
