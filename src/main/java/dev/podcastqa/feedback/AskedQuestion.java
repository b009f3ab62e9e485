package dev.podcastqa.feedback;

import dev.podcastqa.answer.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One question as it is recorded: what the listener typed and what they were answered, with no
 * trace of who asked.
 *
 * @param answered false for a refusal (the episodes do not cover it)
 * @param citations empty for a refusal
 */
public record AskedQuestion(
    String answerId,
    Instant askedAt,
    Channel channel,
    String question,
    boolean answered,
    Answer.Mode mode,
    String answer,
    List<CitedMoment> citations) {

  public AskedQuestion {
    AnswerIds.require(answerId);
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(answer, "answer");
    citations = List.copyOf(citations);
    if (!answered && !citations.isEmpty()) {
      throw new IllegalArgumentException("a refused question has no citations");
    }
  }
}
