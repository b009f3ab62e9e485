package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.List;
import java.util.Set;

/**
 * Tells a quote that adds a moment to an answer from one that repeats a moment already cited. A
 * moment is the second a quote is cited at (the utterance that says it), not the start of the
 * window it was read from: windows are up to 90 seconds long and overlap, so two quotes of windows
 * far apart can be said seconds apart, and two of windows that start close can be minutes apart.
 */
final class NewMoments {

  /** Two timed quotes of one episode this far apart are different moments, however alike. */
  static final int DISTINCT_MOMENT_SECONDS = 60;

  /** Two timed quotes of one episode cited this close are one moment, however they differ. */
  static final int SAME_MOMENT_SECONDS = 30;

  private final CitationFactory citations;

  NewMoments(CitationFactory citations) {
    this.citations = citations;
  }

  /**
   * Not the same sentence or moment again, nor one mostly made of the same words about the same
   * moment. Two chapters on one topic ("... (Part 1)", "... (Part 2)") are different moments. Two
   * quotes cited less than {@link #SAME_MOMENT_SECONDS} apart in an episode are one moment: one
   * card, however they differ.
   */
  boolean isNew(Quote candidate, List<Quote> chosen) {
    for (Quote quote : chosen) {
      if (quote.text().equals(candidate.text())) {
        return false;
      }
      if (quote.passage().chunk().id().equals(candidate.passage().chunk().id())
          && quote.passage().chunk().kind() == ChunkKind.TRANSCRIPT) {
        return false;
      }
      if (sameEpisode(quote, candidate)
          && quote.passage().chunk().timed()
          && candidate.passage().chunk().timed()
          && Math.abs(second(quote) - second(candidate)) < SAME_MOMENT_SECONDS) {
        return false;
      }
      if (overlap(quote.terms(), candidate.terms()) > 0.6 && sameMoment(quote, candidate)) {
        return false;
      }
    }
    return true;
  }

  private boolean sameMoment(Quote a, Quote b) {
    if (!sameEpisode(a, b)) {
      return false;
    }
    if (!a.passage().chunk().timed() || !b.passage().chunk().timed()) {
      return true;
    }
    return Math.abs(second(a) - second(b)) < DISTINCT_MOMENT_SECONDS;
  }

  private Integer second(Quote quote) {
    return citations.second(quote.passage().chunk(), quote.text());
  }

  private static boolean sameEpisode(Quote a, Quote b) {
    Chunk x = a.passage().chunk();
    Chunk y = b.passage().chunk();
    return x.episodeId().equals(y.episodeId());
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / Math.min(a.size(), b.size());
  }
}
