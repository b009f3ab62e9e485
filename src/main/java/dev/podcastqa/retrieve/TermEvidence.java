package dev.podcastqa.retrieve;

import java.util.List;

/**
 * What the question's own words say about whether the corpus can answer it, read from the corpus's
 * word counts and from the best passages' sentences.
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
 * @param sentenceSupport the largest share, weighted by rarity, of the question's words that one
 *     sentence (or two in a row) of the best passages holds
 * @param sentenceUncovered the rarity of the rarest question word that best sentence lacks (0 to 1)
 * @param lacksAskedKind 1 when the question asks for a number or a name and the best sentences hold
 *     none, else 0
 * @param askedSlotEmpty 1 when the question asks for a kind of answer (a sum, a count, a date, a
 *     name, a reason) that none of the best sentences gives, else 0
 * @param rareSentence the largest share, weighted by rarity, of the question's rarer half of words
 *     that one sentence (or two in a row) holds: low when the rare words are spread over a passage
 * @param bestSentences the best sentences' texts, best first
 * @param lackingWords the question's words (as written) that none of the best sentences holds
 * @param focusGain how much closer the nearest passage comes to the question without its lacking
 *     words: positive when those words are what the passages do not say (NaN when not measured)
 * @param missingPhrase 1 when a name of two or more words the question writes ("Cambridge
 *     Analytica") is said as such in no chunk, though each word may be, else 0 (NaN when not
 *     measured)
 * @param wordsApart 1 when the question weighs two or more words and no one of the best passages
 *     holds two of them: what the passages share with it are words found apart, each in a passage
 *     of its own ("capital" in one, "Canada" in another), else 0
 */
public record TermEvidence(
    List<String> missingSpecificWords,
    double lexicalSupport,
    double rareCoverage,
    double uncovered,
    double idfSum,
    double sentenceSupport,
    double sentenceUncovered,
    double lacksAskedKind,
    double askedSlotEmpty,
    double rareSentence,
    List<String> bestSentences,
    List<String> lackingWords,
    double focusGain,
    double missingPhrase,
    double wordsApart) {

  public static final TermEvidence NONE = new TermEvidence(List.of(), 0, 0, 0, 0);

  public TermEvidence {
    missingSpecificWords = List.copyOf(missingSpecificWords);
    bestSentences = List.copyOf(bestSentences);
    lackingWords = List.copyOf(lackingWords);
  }

  /** Evidence from word counts and whole passages only, with no sentence read. */
  public TermEvidence(
      List<String> missingSpecificWords,
      double lexicalSupport,
      double rareCoverage,
      double uncovered,
      double idfSum) {
    this(
        missingSpecificWords,
        lexicalSupport,
        rareCoverage,
        uncovered,
        idfSum,
        0,
        0,
        0,
        0,
        0,
        List.of(),
        List.of(),
        Double.NaN,
        0,
        0);
  }

  /** This evidence with its focus gain measured. */
  public TermEvidence withFocusGain(double gain) {
    return new TermEvidence(
        missingSpecificWords,
        lexicalSupport,
        rareCoverage,
        uncovered,
        idfSum,
        sentenceSupport,
        sentenceUncovered,
        lacksAskedKind,
        askedSlotEmpty,
        rareSentence,
        bestSentences,
        lackingWords,
        gain,
        missingPhrase,
        wordsApart);
  }

  /** This evidence with its missing-phrase signal measured. */
  public TermEvidence withMissingPhrase(double missing) {
    return new TermEvidence(
        missingSpecificWords,
        lexicalSupport,
        rareCoverage,
        uncovered,
        idfSum,
        sentenceSupport,
        sentenceUncovered,
        lacksAskedKind,
        askedSlotEmpty,
        rareSentence,
        bestSentences,
        lackingWords,
        focusGain,
        missing,
        wordsApart);
  }
}
