package dev.podcastqa.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Embeds passages with the same model input, pooling and normalisation as LangChain4j's {@code
 * OnnxBertBiEncoder}, one model run per passage, so the vectors are bit for bit LangChain4j's. It
 * does less around each run: one worker per core pulls the next passage, tokenizes it while the
 * other workers' runs use the cores, runs the one-thread session and pools straight from the output
 * buffer. LangChain4j tokenizes each passage three times (this, twice), copies the output into
 * nested arrays and runs a session that spreads every passage over all cores while its own pool
 * does the same.
 *
 * <p>Several passages per run would save more, but the quantized model scales its activations per
 * run: a passage batched with others came out at a cosine of 0.98-0.99 to its own vector, so this
 * does not batch.
 */
final class PassageEncoder implements AutoCloseable {

  /** LangChain4j feeds at most this many word pieces (besides [CLS] and [SEP]) per model run. */
  private static final int MAX_PIECES = 510;

  /** How long one call may take, whatever its size: far beyond a healthy model's pace. */
  private static final long DEADLINE_MINUTES = 30;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean typeIds;
  private final Set<String> output;
  private final HuggingFaceTokenizer tokenizer;
  private final PoolingMode pooling;
  private final int workers;
  private final QuestionsFirst questions;
  private final ExecutorService pool;

  /**
   * @param session the model's one-thread session, owned by the caller
   * @param tokenizerJson the model's tokenizer, read here
   * @param questions while a question holds a core, one worker (of two or more) waits
   */
  PassageEncoder(
      OrtEnvironment environment,
      OrtSession session,
      InputStream tokenizerJson,
      PoolingMode pooling,
      int workers,
      QuestionsFirst questions) {
    this.environment = environment;
    this.session = session;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.output = Set.of(session.getOutputNames().iterator().next());
    this.pooling = pooling;
    this.workers = workers;
    this.questions = questions;
    try {
      this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model's tokenizer", e);
    }
    AtomicInteger made = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread thread = new Thread(task, "embed-" + made.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * One unit vector per text, in order; {@code whole} embeds a text this cannot (LangChain4j's own
   * path, for texts it would cut into several model runs, and empty ones). While a question holds a
   * core ({@link QuestionsFirst}), the last worker takes no next text.
   */
  List<float[]> embed(List<String> texts, Function<String, float[]> whole) {
    float[][] vectors = new float[texts.size()][];
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    int started = Math.min(workers, texts.size());
    for (int w = 0; w < started; w++) {
      boolean yields = started > 1 && w == started - 1;
      running.add(pool.submit(() -> work(texts, whole, vectors, next, yields)));
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(DEADLINE_MINUTES);
    for (Future<?> worker : running) {
      await(worker, deadline);
    }
    return Arrays.asList(vectors);
  }

  /** One worker's share: the next text not taken, until none is left. */
  private void work(
      List<String> texts,
      Function<String, float[]> whole,
      float[][] vectors,
      AtomicInteger next,
      boolean yields) {
    while (true) {
      if (yields) {
        questions.awaitFree(() -> next.get() >= texts.size());
      }
      int i = next.getAndIncrement();
      if (i >= texts.size()) {
        return;
      }
      long[] ids = ids(texts.get(i));
      vectors[i] = ids == null ? whole.apply(texts.get(i)) : run(ids);
    }
  }

  private static void await(Future<?> worker, long deadline) {
    try {
      worker.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause
          ? cause
          : new IllegalStateException("embedding failed", e.getCause());
    } catch (TimeoutException e) {
      worker.cancel(true);
      throw new IllegalStateException(
          "embedding took longer than " + DEADLINE_MINUTES + " minutes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    }
  }

  /**
   * The ids LangChain4j's encoder runs for {@code text}: it tokenizes (truncating as the tokenizer
   * file says), rebuilds a sentence from the word pieces and encodes that sentence if it tokenizes
   * back to the same pieces, else the pieces joined without spaces. Null when it would cut the text
   * into several runs, or has nothing to run.
   */
  private long[] ids(String text) {
    Encoding encoding = tokenizer.encode(text, true, false);
    String[] tokens = encoding.getTokens();
    if (tokens.length - 2 <= 0 || tokens.length - 2 > MAX_PIECES) {
      return null;
    }
    List<String> inner = Arrays.asList(tokens).subList(1, tokens.length - 1);
    String[] again = tokenizer.encode(tokenizer.buildSentence(inner), true, false).getTokens();
    if (Arrays.asList(again).subList(1, again.length - 1).equals(inner)) {
      return encoding.getIds();
    }
    long[] joined = tokenizer.encode(String.join("", inner), true, false).getIds();
    return joined.length - 2 > MAX_PIECES ? null : joined;
  }

  private float[] run(long[] ids) {
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
      Map<String, OnnxTensor> feed =
          typeIds
              ? Map.of(
                  "input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
              : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
      try (OrtSession.Result result = session.run(feed, output)) {
        return pool(((OnnxTensor) result.get(0)).getFloatBuffer(), ids.length);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    }
  }

  /**
   * LangChain4j's pooling, in its order of float operations: the first vector (CLS) or the mean of
   * all {@code pieces} vectors, then divided by its length.
   */
  private float[] pool(FloatBuffer hidden, int pieces) {
    int dimension = hidden.capacity() / pieces;
    float[] vector = new float[dimension];
    int count = pooling == PoolingMode.CLS ? 1 : pieces;
    for (int p = 0; p < count; p++) {
      for (int d = 0; d < dimension; d++) {
        vector[d] += hidden.get(p * dimension + d);
      }
    }
    if (pooling == PoolingMode.MEAN) {
      for (int d = 0; d < dimension; d++) {
        vector[d] /= count;
      }
    }
    float sumSquare = 0;
    for (float v : vector) {
      sumSquare += v * v;
    }
    float norm = (float) Math.sqrt(sumSquare);
    for (int d = 0; d < dimension; d++) {
      vector[d] /= norm;
    }
    return vector;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    tokenizer.close();
  }
}
