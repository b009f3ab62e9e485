package dev.podcastqa.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.List;

/**
 * Embeds passages and questions with one in-process model, and counts tokens the way that model
 * does, so chunks can be sized to its input.
 */
public final class Embedder implements TokenCounter, AutoCloseable {

  private final EmbeddingChoice choice;
  private final InProcessModel model;

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

  /**
   * The question's vector, embedded on the caller's thread. Passages embedded meanwhile, and for a
   * moment after, leave a core to the question's answer (see {@link QuestionsFirst}).
   */
  public float[] embedQuery(String question) {
    return model.embedQuestion(question);
  }

  /**
   * One unit vector per text, in order, as LangChain4j's {@code embedAll} makes them, one worker
   * per core, one fewer while questions are answered.
   */
  public List<float[]> embedPassages(List<String> texts) {
    return model.embedPassages(texts);
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
    model.close();
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
