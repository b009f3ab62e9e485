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
   * How much each analyzed question term weighs when a sentence is judged on the words it shares
   * with the question: rarer words more. Terms left out weigh 1; by default all are left out.
   */
  default Map<String, Double> rarity(Set<String> analyzedTerms) {
    return Map.of();
  }
}
