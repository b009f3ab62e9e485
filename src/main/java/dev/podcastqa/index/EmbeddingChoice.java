package dev.podcastqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.podcastqa.config.Config;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The in-process embedding models the service can use. Both ship inside their LangChain4j jars
 * (ONNX weights and tokenizer), so nothing is downloaded at run time; each is loaded as LangChain4j
 * loads it, with the session tuned in {@link InProcessModel}.
 */
public enum EmbeddingChoice {
  BGE_SMALL(
      Config.EmbeddingModel.BGE_SMALL_EN_V1_5_Q,
      384,
      512,
      0.62,
      0.82,
      () ->
          new InProcessModel(
              "bge-small-en-v1.5-q.onnx",
              "bge-small-en-v1.5-q-tokenizer.json",
              PoolingMode.CLS,
              384),
      BgeSmallEnV15QuantizedEmbeddingModel::new),
  MINILM(
      Config.EmbeddingModel.ALL_MINILM_L6_V2_Q,
      384,
      256,
      0.40,
      0.70,
      () ->
          new InProcessModel(
              "all-minilm-l6-v2-q.onnx",
              "all-minilm-l6-v2-q-tokenizer.json",
              PoolingMode.MEAN,
              384),
      AllMiniLmL6V2QuantizedEmbeddingModel::new);

  private final Config.EmbeddingModel setting;
  private final int dimension;
  private final int maxTokens;
  private final double calibratedMinRelevance;
  private final double calibratedMissingWordRelevance;
  private final Supplier<InProcessModel> factory;
  private final Supplier<EmbeddingModel> langChain4j;

  EmbeddingChoice(
      Config.EmbeddingModel setting,
      int dimension,
      int maxTokens,
      double calibratedMinRelevance,
      double calibratedMissingWordRelevance,
      Supplier<InProcessModel> factory,
      Supplier<EmbeddingModel> langChain4j) {
    this.setting = setting;
    this.dimension = dimension;
    this.maxTokens = maxTokens;
    this.calibratedMinRelevance = calibratedMinRelevance;
    this.calibratedMissingWordRelevance = calibratedMissingWordRelevance;
    this.factory = factory;
    this.langChain4j = langChain4j;
  }

  /** The model {@code setting} names; each value of the setting has exactly one. */
  public static EmbeddingChoice of(Config.EmbeddingModel setting) {
    return Arrays.stream(values())
        .filter(choice -> choice.setting == setting)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no embedding model for " + setting));
  }

  /** The model's id, as its setting and the index's metadata write it. */
  public String id() {
    return setting.value();
  }

  public int dimension() {
    return dimension;
  }

  /** Word pieces the model reads at once (it was trained at this length). */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The cosine similarity below which a question counts as unanswered, calibrated with {@code eval}
   * on the sample corpus's unanswerable questions (figures in the README).
   */
  public double calibratedMinRelevance() {
    return calibratedMinRelevance;
  }

  /**
   * The cosine similarity above which a question still counts as answered although it names a
   * specific word no episode mentions.
   */
  public double calibratedMissingWordRelevance() {
    return calibratedMissingWordRelevance;
  }

  InProcessModel load() {
    return factory.get();
  }

  /**
   * LangChain4j's own class for this model, as it comes (its session, its {@code embedAll}): the
   * anchor the bench and the tests hold the service's embedding to.
   */
  public EmbeddingModel loadLangChain4jModel() {
    return langChain4j.get();
  }
}
