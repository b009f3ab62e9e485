package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the timed passages of an episode that a chapter title or show-note line points to. */
public interface MomentFinder {

  /** No moment for anything: for answerers that link nothing. */
  MomentFinder NONE =
      new MomentFinder() {
        @Override
        public Optional<Passage> momentFor(String text, String episodeId) {
          return Optional.empty();
        }

        @Override
        public List<Passage> transcriptWithin(
            Retrieval retrieval, String episodeId, int from, int to) {
          return List.of();
        }
      };

  /** The timed passage of {@code episodeId} that the untimed {@code text} is about. */
  Optional<Passage> momentFor(String text, String episodeId);

  /**
   * The transcript passages of {@code episodeId} starting in {@code [from, to)} seconds, best first
   * for the retrieval's question; empty when the episode has no transcript there.
   */
  List<Passage> transcriptWithin(Retrieval retrieval, String episodeId, int from, int to);

  /**
   * The transcript passages of {@code episodeId} among the {@code k} best of each search within the
   * episode for the retrieval's question, best first. By default those of {@link #transcriptWithin}
   * over the whole episode that either search ranks in its first {@code k}; a finder that can
   * search for fewer passages should, as it costs less.
   */
  default List<Passage> transcriptBest(Retrieval retrieval, String episodeId, int k) {
    return transcriptWithin(retrieval, episodeId, 0, Integer.MAX_VALUE).stream()
        .filter(p -> inFirst(p.denseRank(), k) || inFirst(p.lexicalRank(), k))
        .toList();
  }

  /**
   * This finder for the searches of one answer: one that can keep what it found searches an episode
   * once for the same question however often the answer looks into it. By default itself.
   */
  default MomentFinder forOneAnswer() {
    return this;
  }

  private static boolean inFirst(int rank, int k) {
    return rank > 0 && rank <= k;
  }

  /**
   * How much each analyzed question term weighs when a sentence is judged on the words it shares
   * with the question: rarer words more. Terms left out weigh 1; by default all are left out.
   */
  default Map<String, Double> rarity(Set<String> analyzedTerms) {
    return Map.of();
  }
}
