package dev.podcastqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages and questions with one in-process model, and counts tokens the way that model
 * does, so chunks can be sized to its input.
 */
public final class Embedder implements TokenCounter, AutoCloseable {

  /**
   * Passages embedded per call. The model spreads a call over the cores, one passage per task, and
   * a call ends when its slowest passage does, so large calls keep the cores busy.
   */
  private static final int BATCH = 1024;

  private final EmbeddingChoice choice;
  private final EmbeddingModel model;

  /** Both loaded when first needed: a restart that chunks nothing never counts a token. */
  private volatile WordPieceCounter wordPieces;

  private volatile HuggingFaceTokenCountEstimator tokenizer;

  public Embedder(EmbeddingChoice choice) {
    this.choice = choice;
    this.model = choice.load();
  }

  public EmbeddingChoice choice() {
    return choice;
  }

  /** The underlying LangChain4j model, for callers that measure it directly. */
  public EmbeddingModel model() {
    return model;
  }

  public float[] embedQuery(String question) {
    return model.embed(question).content().vector();
  }

  public List<float[]> embedPassages(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH) {
      List<TextSegment> batch =
          texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
              .map(TextSegment::from)
              .toList();
      for (Embedding embedding : model.embedAll(batch).content()) {
        vectors.add(embedding.vector());
      }
    }
    return vectors;
  }

  /**
   * Word pieces in {@code text} as LangChain4j's estimator counts them: plain ASCII text is counted
   * in Java (exactly; see {@link WordPieceCounter}), the rest by the estimator's tokenizer.
   */
  @Override
  public int count(String text) {
    int pieces = wordPieces().count(text);
    return pieces >= 0 ? pieces : tokenizer().estimateTokenCountInText(text);
  }

  private WordPieceCounter wordPieces() {
    WordPieceCounter loaded = wordPieces;
    if (loaded == null) {
      synchronized (this) {
        loaded = wordPieces;
        if (loaded == null) {
          loaded = WordPieceCounter.load();
          wordPieces = loaded;
        }
      }
    }
    return loaded;
  }

  /** Releases the model's native session. */
  @Override
  public void close() {
    if (model instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the embedding model", e);
      }
    }
  }

  private HuggingFaceTokenCountEstimator tokenizer() {
    HuggingFaceTokenCountEstimator loaded = tokenizer;
    if (loaded == null) {
      synchronized (this) {
        loaded = tokenizer;
        if (loaded == null) {
          loaded = new HuggingFaceTokenCountEstimator();
          tokenizer = loaded;
        }
      }
    }
    return loaded;
  }
}
