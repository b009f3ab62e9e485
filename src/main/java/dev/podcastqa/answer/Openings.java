package dev.podcastqa.answer;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;

/**
 * Keeps an episode's opening from standing in for the moment that answers. In its first minutes a
 * host previews the whole conversation ("we talk about how he got into accessibility and what it
 * means to him"), so the opening resembles many questions about the episode without answering any
 * of them; inside the answer's episode ({@link EpisodeMoments}) an opening passage keeps only a
 * share of its score, so a later passage where it is said and that matches about as well is cited
 * first. Among the quotes searched over the whole corpus the opening keeps its place: which moment
 * of the episode leads is decided within the episode, and an opening that tells the story (a news
 * show, a story told from its start) stays among the further citations.
 */
final class Openings {

  /** A transcript passage starting before this second is part of the episode's opening. */
  static final int OPENING_SECONDS = 180;

  /**
   * Inside the answer's episode ({@link EpisodeMoments}) an opening passage keeps this share of its
   * score: mild, as many episodes (a story, a news show) start with what they answer rather than a
   * preview (fitted by leave-one-show-out on the real tune set).
   */
  static final double WITHIN_EPISODE_SHARE = 0.9;

  private Openings() {}

  /** Whether {@code chunk} is transcript from the first minutes of its episode. */
  static boolean isOpening(Chunk chunk) {
    return chunk.kind() == ChunkKind.TRANSCRIPT && chunk.startSeconds() < OPENING_SECONDS;
  }
}
