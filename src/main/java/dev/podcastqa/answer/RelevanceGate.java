package dev.podcastqa.answer;

import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;

/**
 * Decides whether retrieval found anything that can answer the question, so that questions the
 * corpus cannot answer are refused instead of answered with the nearest noise. It runs before any
 * answer mode: a model never sees a question that fails it.
 *
 * <p>Two rules, in order:
 *
 * <ol>
 *   <li>A question naming something specific that no episode mentions (a rare word found in no
 *       chunk) is refused, unless a passage is very close in meaning or holds most of the
 *       question's other words.
 *   <li>Otherwise the best passage must be close enough in meaning, or hold the question's
 *       distinctive words (BM25-style support).
 * </ol>
 *
 * <p>The cosine thresholds depend on the embedding model; the lexical ones do not. All were chosen
 * on {@code data/eval/questions.json} (figures in the README).
 */
public final class RelevanceGate {

  /** Lexical support that lets a question with a low cosine through. */
  static final double LEXICAL_SUPPORT = 0.45;

  /** Lexical support that lets a question with a missing specific word through. */
  static final double SUPPORT_DESPITE_MISSING_WORD = 0.38;

  private final double minCosine;
  private final double missingWordCosine;

  /**
   * @param minCosine the lowest best-passage cosine that counts as an answer
   * @param missingWordCosine the cosine above which a missing specific word is forgiven
   */
  public RelevanceGate(double minCosine, double missingWordCosine) {
    this.minCosine = minCosine;
    this.missingWordCosine = missingWordCosine;
  }

  public boolean passes(Retrieval retrieval) {
    return decide(retrieval).answerable();
  }

  /** The decision with its reason, for logs and the eval's list of misses. */
  public Decision decide(Retrieval retrieval) {
    if (retrieval.isEmpty()) {
      return new Decision(false, "no passage found");
    }
    double cosine = retrieval.bestCosine();
    TermEvidence evidence = retrieval.evidence();
    if (!evidence.missingSpecificWords().isEmpty()
        && cosine < missingWordCosine
        && evidence.lexicalSupport() < SUPPORT_DESPITE_MISSING_WORD) {
      return new Decision(false, "no episode mentions " + evidence.missingSpecificWords());
    }
    if (cosine >= minCosine) {
      return new Decision(true, String.format("cosine %.2f", cosine));
    }
    if (evidence.lexicalSupport() >= LEXICAL_SUPPORT) {
      return new Decision(true, String.format("lexical support %.2f", evidence.lexicalSupport()));
    }
    return new Decision(
        false,
        String.format("cosine %.2f, lexical support %.2f", cosine, evidence.lexicalSupport()));
  }

  /** Whether to answer, and why. */
  public record Decision(boolean answerable, String reason) {}
}
