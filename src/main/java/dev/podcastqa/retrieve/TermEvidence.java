package dev.podcastqa.retrieve;

import java.util.List;

/**
 * What the question's own words say about whether the corpus can answer it.
 *
 * @param missingSpecificWords specific words of the question (names, technical terms) that no chunk
 *     contains, not even as a spelling variant
 * @param lexicalSupport the largest share, weighted by rarity (IDF), of the question's words that
 *     one of the best passages contains: 1 when a passage holds them all
 * @param rareCoverage the share, weighted by rarity, of the question's rarer half of words (by IDF)
 *     that the best passages together contain: what a near-miss question's asked fact lacks
 * @param uncovered the rarity of the rarest question word the best passages all lack, from 0 (none
 *     lacking) to 1 (a word no chunk has)
 * @param idfSum the sum of the question's words' BM25 IDF: the scale of a full BM25 match
 */
public record TermEvidence(
    List<String> missingSpecificWords,
    double lexicalSupport,
    double rareCoverage,
    double uncovered,
    double idfSum) {

  public static final TermEvidence NONE = new TermEvidence(List.of(), 0, 0, 0, 0);

  public TermEvidence {
    missingSpecificWords = List.copyOf(missingSpecificWords);
  }
}
