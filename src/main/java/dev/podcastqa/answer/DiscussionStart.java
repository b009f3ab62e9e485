package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the discussion of a moment starts. An answer is often explained first and summed up a
 * minute or two later in the words a listener uses ("Dopamine's about reward ... superficially"
 * before "Dopamine isn't about reward as much as the anticipation of reward"); the listener should
 * hear it from the start. The start must say about as much of the question as the moment does: a
 * passage just before it that the searches rank as high through a few shared words of a whole
 * window ("another person who has had more than 30 of their family members killed" before "over 300
 * people who had more than 10 family members killed") is a neighbouring story, not the start.
 */
final class DiscussionStart {

  /**
   * A passage of the same discussion that starts up to this many seconds before the best moment...
   */
  static final int SECONDS = 180;

  /**
   * ...and scores at least this share of it is where the listener should start: the answer is cited
   * there first, and the best moment after it...
   */
  static final double SHARE = 0.9;

  /**
   * ...when its best sentence holds at least this share of what the moment's best sentence holds of
   * the question (each word weighed by its rarity).
   */
  static final double SAID_SHARE = 0.8;

  private DiscussionStart() {}

  /**
   * The earliest of the quotes {@code read} that starts less than {@link #SECONDS} before {@code
   * moment}, scores at least {@link #SHARE} of it and says at least {@link #SAID_SHARE} of what it
   * says; empty when none does.
   */
  static Optional<Quote> of(Quote moment, List<Read> read) {
    double said =
        read.stream()
            .filter(r -> r.quote() == moment)
            .mapToDouble(Read::covered)
            .findFirst()
            .orElse(0);
    return read.stream()
        .filter(r -> r.quote().score() >= SHARE * moment.score())
        .filter(r -> r.covered() >= SAID_SHARE * said)
        .map(Read::quote)
        .filter(q -> startsBefore(q.passage().chunk(), moment))
        .min(Comparator.comparingInt((Quote q) -> q.passage().chunk().startSeconds()));
  }

  /** Whether {@code chunk} starts less than {@link #SECONDS} before {@code moment}. */
  static boolean startsBefore(Chunk chunk, Quote moment) {
    int at = moment.passage().chunk().startSeconds();
    return chunk.startSeconds() < at && chunk.startSeconds() >= at - SECONDS;
  }

  /**
   * A quote read within the episode and the share of the question its best sentence holds.
   *
   * @param covered from 0 to 1, each word weighed by its rarity
   */
  record Read(Quote quote, double covered) {}
}
