package dev.podcastqa.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One of LangChain4j's in-process ONNX embedding models (the same weights, tokenizer, pooling and
 * {@code embedAll}, from the same jars) whose ONNX Runtime session runs each text on one thread,
 * without spinning, plus {@link #embedPassages} for indexing. LangChain4j already spreads {@code
 * embedAll} over every core, one text per task; its own session also splits each text over the
 * cores, so the tasks waited on each other: on two cores it embedded 154 transcript chunks a second
 * where this embeds 208, with bit-for-bit the same vectors.
 */
final class InProcessModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

  private final OrtSession session;
  private final OnnxBertBiEncoder encoder;
  private final PassageEncoder passages;
  private final QuestionsFirst questions = new QuestionsFirst();
  private final int dimension;

  /**
   * @param model and {@code tokenizer} name resources of the LangChain4j model jar
   */
  InProcessModel(String model, String tokenizer, PoolingMode pooling, int dimension) {
    super(null);
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    byte[] tokenizerJson = read(tokenizer);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      this.session = environment.createSession(read(model), options);
      this.encoder =
          new OnnxBertBiEncoder(
              environment, session, new ByteArrayInputStream(tokenizerJson), pooling);
      this.passages =
          new PassageEncoder(
              environment,
              session,
              new ByteArrayInputStream(tokenizerJson),
              pooling,
              Runtime.getRuntime().availableProcessors(),
              questions);
      this.dimension = dimension;
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + model, e);
    }
  }

  /**
   * Embeds many passages, one worker per core, with the same vectors as {@code embedAll} (see
   * {@link PassageEncoder}).
   */
  List<float[]> embedPassages(List<String> texts) {
    return passages.embed(texts, text -> embed(text).content().vector());
  }

  /**
   * Embeds a question on the caller's thread, as {@code embed} does; for a while it holds a core
   * that passage embedding leaves to it (see {@link QuestionsFirst}).
   */
  float[] embedQuestion(String question) {
    questions.asked();
    return embed(question).content().vector();
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimension;
  }

  @Override
  public void close() {
    passages.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + name, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = InProcessModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("no " + name + " on the class path");
    }
    return in;
  }
}
