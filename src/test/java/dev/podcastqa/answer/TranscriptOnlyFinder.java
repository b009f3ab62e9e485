package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.Retrieval;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A moment finder for tests that links no untimed text to a moment and answers transcript spans
 * from a function of the episode and the span; rarity comes from a map the test may fill.
 */
final class TranscriptOnlyFinder implements MomentFinder {

  /** The passages of an episode's transcript in a span of seconds, best first, for a search. */
  @FunctionalInterface
  interface Spans {
    List<Passage> within(Retrieval retrieval, String episodeId, int from, int to);
  }

  private final Spans spans;
  private final Map<String, Double> rarity;

  TranscriptOnlyFinder(Spans spans) {
    this(spans, Map.of());
  }

  TranscriptOnlyFinder(Spans spans, Map<String, Double> rarity) {
    this.spans = spans;
    this.rarity = rarity;
  }

  @Override
  public Optional<Passage> momentFor(String text, String episodeId) {
    return Optional.empty();
  }

  @Override
  public List<Passage> transcriptWithin(Retrieval retrieval, String episodeId, int from, int to) {
    return spans.within(retrieval, episodeId, from, to);
  }

  @Override
  public Map<String, Double> rarity(Set<String> analyzedTerms) {
    return rarity;
  }
}
