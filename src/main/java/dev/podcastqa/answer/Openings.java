package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps an episode's opening from standing in for the moment that answers. In its first minutes a
 * host previews the whole conversation ("we talk about how he got into accessibility and what it
 * means to him"), so the opening resembles many questions about the episode without answering any
 * of them; the later passage where it is said is cited first when it matches about as well.
 */
final class Openings {

  /** A transcript passage starting before this second is part of the episode's opening. */
  static final int OPENING_SECONDS = 180;

  /**
   * A later passage of the same episode goes before an opening passage when its best quote scores
   * at least this share of the opening quote's.
   */
  static final double LATER_SHARE = 0.7;

  /**
   * Inside the answer's episode ({@link EpisodeMoments}) an opening passage keeps this share of its
   * score: milder than {@link #LATER_SHARE}, as many episodes (a story, a news show) start with
   * what they answer rather than a preview (fitted by leave-one-show-out on the real tune set).
   */
  static final double WITHIN_EPISODE_SHARE = 0.9;

  private Openings() {}

  /**
   * {@code quotes} (best first) with, in front of each opening passage's best quote, the best quote
   * of a later passage of the same episode that scores at least {@link #LATER_SHARE} of it. The
   * later quote takes the opening's score, so the episode keeps its place among the others.
   */
  static List<Quote> laterFirst(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes);
    Set<String> openingsSeen = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      Quote opening = out.get(i);
      Chunk chunk = opening.passage().chunk();
      if (!isOpening(chunk) || !openingsSeen.add(chunk.id())) {
        continue;
      }
      for (int j = i + 1; j < out.size(); j++) {
        Quote later = out.get(j);
        if (later.score() < LATER_SHARE * opening.score()) {
          break;
        }
        Chunk laterChunk = later.passage().chunk();
        if (laterChunk.episodeId().equals(chunk.episodeId())
            && laterChunk.kind() == ChunkKind.TRANSCRIPT
            && !isOpening(laterChunk)) {
          out.remove(j);
          out.add(
              i,
              new Quote(
                  later.passage(), later.text(), later.terms(), opening.score(), later.chapter()));
          i++;
          break;
        }
      }
    }
    return out;
  }

  /** Whether {@code chunk} is transcript from the first minutes of its episode. */
  static boolean isOpening(Chunk chunk) {
    return chunk.kind() == ChunkKind.TRANSCRIPT && chunk.startSeconds() < OPENING_SECONDS;
  }
}
