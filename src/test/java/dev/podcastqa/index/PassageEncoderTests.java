package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The service's passage embedder must give LangChain4j's own model class's vectors for real texts
 * of every length: a few words, full chunks, and texts past the 128 word pieces the tokenizer
 * keeps.
 */
class PassageEncoderTests {

  private static final String[] FIXTURES = {
    "transcripts/interview.txt", "transcripts/episode-page.txt", "transcripts/chapter-list.txt"
  };

  /** Word counts of the passages cut from the fixtures, short to well past the model's input. */
  private static final int[] LENGTHS = {1, 3, 7, 15, 30, 60, 90, 120, 160, 220};

  @Test
  void miniLmPassagesMatchLangChain4jsEmbedAll() {
    assertMatches(EmbeddingChoice.MINILM, passages());
  }

  @Test
  void bgeSmallPassagesMatchLangChain4jsEmbedAll() {
    assertMatches(EmbeddingChoice.BGE_SMALL, passages().subList(0, 12));
  }

  @Test
  void embedsTheSameTextTheSameWayWhateverItsNeighbours() {
    List<String> texts = passages();
    try (InProcessModel model = EmbeddingChoice.MINILM.load()) {
      List<float[]> all = model.embedPassages(texts);
      List<String> backwards = new ArrayList<>(texts);
      Collections.reverse(backwards);
      List<float[]> reversed = model.embedPassages(backwards);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(reversed.get(texts.size() - 1 - i)).isEqualTo(all.get(i));
      }
    }
  }

  @Test
  void whileAQuestionHoldsACoreOneWorkerEmbedsEveryPassage() throws Exception {
    AtomicLong now = new AtomicLong();
    QuestionsFirst questions = new QuestionsFirst(now::get);
    questions.asked();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (OrtSession session = session();
        PassageEncoder encoder = twoWorkers(session, questions)) {
      encoder.embed(Collections.nCopies(40, ""), text -> onThread(threads));
    }
    assertThat(threads).hasSize(1);
  }

  @Test
  void withoutQuestionsEveryWorkerEmbeds() throws Exception {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (OrtSession session = session();
        PassageEncoder encoder = twoWorkers(session, new QuestionsFirst())) {
      encoder.embed(Collections.nCopies(40, ""), text -> onThread(threads));
    }
    assertThat(threads).hasSize(2);
  }

  /** Notes the thread that embeds a text; the few milliseconds a run takes. */
  private static float[] onThread(Set<String> threads) {
    threads.add(Thread.currentThread().getName());
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new float[] {1};
  }

  /** An encoder of the MiniLM model with two workers, empty texts going to {@code whole}. */
  private static PassageEncoder twoWorkers(OrtSession session, QuestionsFirst questions)
      throws IOException {
    return new PassageEncoder(
        OrtEnvironment.getEnvironment(),
        session,
        new ByteArrayInputStream(bytes("all-minilm-l6-v2-q-tokenizer.json")),
        PoolingMode.MEAN,
        2,
        questions);
  }

  private static OrtSession session() throws Exception {
    return OrtEnvironment.getEnvironment()
        .createSession(bytes("all-minilm-l6-v2-q.onnx"), new OrtSession.SessionOptions());
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in =
        PassageEncoderTests.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  private static void assertMatches(EmbeddingChoice choice, List<String> texts) {
    EmbeddingModel langChain4j = choice.loadLangChain4jModel();
    List<Embedding> expected =
        langChain4j.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    try (InProcessModel model = choice.load()) {
      List<float[]> actual = model.embedPassages(texts);
      assertThat(actual).hasSize(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        float[] want = expected.get(i).vector();
        assertThat(cosine(actual.get(i), want)).as(texts.get(i)).isGreaterThanOrEqualTo(0.999);
        assertThat(actual.get(i)).as(texts.get(i)).isEqualTo(want);
      }
    }
  }

  /**
   * Passages of each length in {@link #LENGTHS}, from three places in the fixtures' words, plus
   * accented text.
   */
  private static List<String> passages() {
    List<String> words = new ArrayList<>();
    for (String fixture : FIXTURES) {
      words.addAll(Arrays.asList(read(fixture).trim().split("\\s+")));
    }
    List<String> texts = new ArrayList<>();
    for (int place = 0; place < 3; place++) {
      for (int length : LENGTHS) {
        int start = (words.size() - length) * place / 2;
        texts.add(String.join(" ", words.subList(start, start + length)));
      }
    }
    texts.add("naïve café — ünïcödé text, with «quotes» and 東京 too");
    return texts;
  }

  private static String read(String resource) {
    ClassLoader loader = PassageEncoderTests.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return dot / Math.sqrt(normA * normB);
  }
}
