package dev.podcastqa.answer;

import dev.podcastqa.index.Sentences;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The passages a follow-up that moves from the moment cited before is answered from: after it for
 * "What happened next?" ({@link FollowUpCue#asksWhatCameNext}), around it and giving a reason for
 * "Why?" ({@link FollowUpCue#asksWhy}); either cites no moment the previous answer cited. Searched
 * again, such a follow-up found the same passages as the question before it and repeated its answer
 * word for word (probe36b).
 */
final class FollowUpMoments {

  /** "What happened next?" is answered from what is said this many seconds after the moment. */
  static final int LATER_SECONDS = 300;

  /** "Why?" looks for a reason this many seconds before the moment ... */
  static final int REASON_BEFORE_SECONDS = 90;

  /** ... and this many after it. */
  static final int REASON_AFTER_SECONDS = 180;

  private final HybridRetriever retriever;
  private final FollowUpCue cue;

  FollowUpMoments(HybridRetriever retriever, FollowUpCue cue) {
    this.retriever = retriever;
    this.cue = cue;
  }

  /** Whether {@code question} asks to move from the moment cited before: next, or why. */
  boolean moves(String question) {
    return cue.asksWhatCameNext(question) || cue.asksWhy(question);
  }

  /**
   * Where a follow-up that moves ({@link #moves}) is answered from, after a turn that cited a timed
   * moment: for "next", the passages of that moment's episode that start after its latest cited
   * moment, earliest first, citing only moments after it that no turn cited; for "why", those near
   * the first cited moment that give a reason, nearest first, with the reason words added to what
   * quotes are judged on, citing only moments near it that no turn cited. Otherwise (or when no
   * such passage is there) {@code context}, citing no moment a turn cited.
   */
  Move from(String question, List<Turn> history, Retrieval context) {
    Turn previous = history.get(history.size() - 1);
    Predicate<Citation> notCited = c -> !citedBefore(c, history);
    Optional<Citation> first = previous.cited().stream().filter(Citation::timed).findFirst();
    if (first.isEmpty()) {
      return new Move(context, notCited);
    }
    String episodeId = first.get().episodeId();
    if (cue.asksWhatCameNext(question)) {
      int latest =
          previous.cited().stream()
              .filter(c -> c.timed() && c.episodeId().equals(episodeId))
              .mapToInt(Citation::startSeconds)
              .max()
              .orElseThrow();
      List<Passage> after =
          retriever
              .transcriptWithin(context, episodeId, latest + 1, latest + LATER_SECONDS)
              .stream()
              .sorted(Comparator.comparingInt(p -> p.chunk().startSeconds()))
              .toList();
      Predicate<Citation> later =
          notCited.and(
              c -> c.timed() && c.episodeId().equals(episodeId) && c.startSeconds() > latest);
      return after.isEmpty()
          ? new Move(context, later)
          : new Move(narrowed(context, context.question(), after), later);
    }
    int at = first.get().startSeconds();
    List<Passage> reasons =
        retriever
            .transcriptWithin(
                context, episodeId, at - REASON_BEFORE_SECONDS, at + REASON_AFTER_SECONDS)
            .stream()
            .filter(p -> Sentences.split(p.chunk().text()).stream().anyMatch(cue::givesReason))
            .sorted(Comparator.comparingInt(p -> Math.abs(p.chunk().startSeconds() - at)))
            .toList();
    if (reasons.isEmpty()) {
      return new Move(context, notCited);
    }
    Predicate<Citation> near =
        notCited.and(
            c ->
                c.timed()
                    && c.episodeId().equals(episodeId)
                    && c.startSeconds() >= at - REASON_BEFORE_SECONDS
                    && c.startSeconds() < at + REASON_AFTER_SECONDS);
    return new Move(narrowed(context, cue.withReasonWords(context.question()), reasons), near);
  }

  private static Retrieval narrowed(Retrieval context, String question, List<Passage> passages) {
    return new Retrieval(question, context.questionVector(), passages, context.evidence());
  }

  /** Whether a turn of {@code history} cited the moment {@code citation} cites. */
  private static boolean citedBefore(Citation citation, List<Turn> history) {
    return history.stream()
        .flatMap(turn -> turn.cited().stream())
        .anyMatch(
            p ->
                p.episodeId().equals(citation.episodeId())
                    && Objects.equals(p.startSeconds(), citation.startSeconds()));
  }

  /**
   * Passages to answer a follow-up from, and which of their moments it may cite.
   *
   * @param retrieval the passages, with the text their quotes are judged on
   * @param cites whether a citation is a moment the follow-up may cite
   */
  record Move(Retrieval retrieval, Predicate<Citation> cites) {}
}
