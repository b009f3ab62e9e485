package dev.podcastqa.answer.llm;

import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.ResourceLines;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether a passage supports a generated sentence that cites it: lexically, when the
 * passage (with its episode's title) holds enough of the sentence's content words; else by meaning,
 * when the two embeddings are close enough. Words that only frame a claim ("they discuss", "in this
 * episode") do not count. Thresholds and how they were chosen: see the README. Thread-safe.
 */
public final class SupportCheck {

  /** Share of a sentence's content words its passage must contain. */
  public static final double MIN_WORD_SHARE = 0.5;

  /**
   * Cosine similarity that supports a sentence sharing fewer words, for each embedding model: each
   * sits above every unsupported pair's cosine in the labelled calibration set.
   */
  public static double minCosine(EmbeddingChoice model) {
    return switch (model) {
      case MINILM -> 0.70;
      case BGE_SMALL -> 0.85;
    };
  }

  /** Passage vectors kept between answers; cleared when it grows past this. */
  private static final int CACHE = 4096;

  private final QueryTerms terms;
  private final Embedder embedder;
  private final Set<String> framing;
  private final double minCosine;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  /**
   * @param embedder the in-process embedder, or null to check words only
   */
  public SupportCheck(QueryTerms terms, Embedder embedder) {
    this.terms = terms;
    this.embedder = embedder;
    this.framing = framingWords(terms);
    this.minCosine = embedder == null ? Double.NaN : minCosine(embedder.choice());
  }

  /** Whether {@code evidence} (a passage with its episode title) supports {@code sentence}. */
  public boolean supports(String sentence, String evidence) {
    return judge(sentence, evidence).supported();
  }

  /** The scores behind the decision, for calibration and logs. */
  public Judgement judge(String sentence, String evidence) {
    double share = wordShare(sentence, evidence);
    if (share >= MIN_WORD_SHARE || embedder == null) {
      return new Judgement(share, Double.NaN, share >= MIN_WORD_SHARE);
    }
    double cosine = cosine(embedder.embedQuery(sentence), vector(evidence));
    return new Judgement(share, cosine, cosine >= minCosine);
  }

  /** Share of {@code sentence}'s content words that {@code text} contains. */
  public double wordShare(String sentence, String text) {
    Set<String> claim = claim(sentence);
    return claim.isEmpty() ? 0 : QueryTerms.coverage(claim, terms.of(text));
  }

  private Set<String> claim(String sentence) {
    Set<String> claim = new HashSet<>(terms.of(sentence));
    claim.removeAll(framing);
    return claim;
  }

  private float[] vector(String evidence) {
    if (vectors.size() > CACHE) {
      vectors.clear();
    }
    return vectors.computeIfAbsent(evidence, embedder::embedQuery);
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  private static Set<String> framingWords(QueryTerms terms) {
    Set<String> words = new HashSet<>();
    ResourceLines.of("/answer/framing-words.txt").forEach(line -> words.addAll(terms.of(line)));
    return Set.copyOf(words);
  }

  /**
   * How a sentence compares with its passage.
   *
   * @param wordShare share of the sentence's content words the passage holds
   * @param cosine similarity of their embeddings, NaN when the words alone decided
   */
  public record Judgement(double wordShare, double cosine, boolean supported) {}
}
