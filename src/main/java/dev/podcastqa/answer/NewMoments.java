package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.List;
import java.util.Set;

/** Tells a quote that adds a moment to an answer from one that repeats a moment already cited. */
final class NewMoments {

  /** Two timed quotes of one episode this far apart are different moments, however alike. */
  static final int DISTINCT_MOMENT_SECONDS = 60;

  private NewMoments() {}

  /**
   * Not the same sentence or moment again, nor one mostly made of the same words about the same
   * moment. Two chapters on one topic ("... (Part 1)", "... (Part 2)") are different moments.
   */
  static boolean isNew(Quote candidate, List<Quote> chosen) {
    for (Quote quote : chosen) {
      if (quote.text().equals(candidate.text())) {
        return false;
      }
      if (quote.passage().chunk().id().equals(candidate.passage().chunk().id())
          && quote.passage().chunk().kind() == ChunkKind.TRANSCRIPT) {
        return false;
      }
      if (overlap(quote.terms(), candidate.terms()) > 0.6 && sameMoment(quote, candidate)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameMoment(Quote a, Quote b) {
    Chunk x = a.passage().chunk();
    Chunk y = b.passage().chunk();
    if (!x.episodeId().equals(y.episodeId())) {
      return false;
    }
    if (!x.timed() || !y.timed()) {
      return true;
    }
    return Math.abs(x.startSeconds() - y.startSeconds()) < DISTINCT_MOMENT_SECONDS;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / Math.min(a.size(), b.size());
  }
}
