package dev.podcastqa.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.podcastqa.index.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times LangChain4j's own {@code embedAll} (its model class as it comes) and the service's passage
 * embedder on the same texts, in alternating rounds within one process so both see the same load,
 * and compares every vector the service made with LangChain4j's.
 */
final class EmbedRace {

  private final EmbeddingModel anchor;
  private final Embedder service;
  private final int rounds;

  EmbedRace(EmbeddingModel anchor, Embedder service, int rounds) {
    this.anchor = anchor;
    this.service = service;
    this.rounds = rounds;
  }

  EmbedFigures run(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    List<Double> anchorRates = new ArrayList<>();
    List<Double> serviceRates = new ArrayList<>();
    double anchorCores = 0;
    double minCosine = 1;
    int identical = 0;
    for (int round = 0; round < rounds; round++) {
      CpuClock clock = new CpuClock();
      List<Embedding> expected = anchor.embedAll(segments).content();
      anchorRates.add(rate(texts.size(), clock.elapsedNanos()));
      anchorCores = Math.max(anchorCores, clock.cores());
      clock = new CpuClock();
      List<float[]> actual = service.embedPassages(texts);
      serviceRates.add(rate(texts.size(), clock.elapsedNanos()));
      identical = 0;
      for (int i = 0; i < texts.size(); i++) {
        float[] want = expected.get(i).vector();
        minCosine = Math.min(minCosine, cosine(want, actual.get(i)));
        identical += Arrays.equals(want, actual.get(i)) ? 1 : 0;
      }
    }
    return new EmbedFigures(
        texts.size(), anchorRates, anchorCores, serviceRates, minCosine, identical);
  }

  private static double rate(int texts, long nanos) {
    return Math.round(10 * texts / (nanos / 1e9)) / 10.0;
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
