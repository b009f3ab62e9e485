package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tuned session must embed exactly as LangChain4j's own model classes do. */
class InProcessModelTests {

  private static final List<TextSegment> TEXTS =
      List.of(
          TextSegment.from("What is the history of soil carbon?"),
          TextSegment.from(
              "Host: We ran a study with about 300 participants over two years. "
                  + "Guest: And the effect shrinks once you control for sample size."),
          TextSegment.from("Grokking and Sudden Generalization"),
          TextSegment.from("naïve café — ünïcödé text, too"));

  private static void assertSameVectors(EmbeddingChoice choice, EmbeddingModel reference) {
    EmbeddingModel tuned = choice.load();
    try {
      List<Embedding> expected = reference.embedAll(TEXTS).content();
      List<Embedding> actual = tuned.embedAll(TEXTS).content();
      for (int i = 0; i < TEXTS.size(); i++) {
        assertThat(actual.get(i).vector()).isEqualTo(expected.get(i).vector());
      }
      assertThat(tuned.dimension()).isEqualTo(choice.dimension());
    } finally {
      ((InProcessModel) tuned).close();
    }
  }

  @Test
  void miniLmEmbedsBitForBitAsLangChain4jsOwnClassDoes() {
    assertSameVectors(EmbeddingChoice.MINILM, new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  @Test
  void bgeSmallEmbedsBitForBitAsLangChain4jsOwnClassDoes() {
    assertSameVectors(EmbeddingChoice.BGE_SMALL, new BgeSmallEnV15QuantizedEmbeddingModel());
  }
}
