package dev.podcastqa.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.IndexReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the index through the real open path (ingester, chunker, indexer, Lucene store) on an
 * empty index folder, then times raw {@code embedAll} of the same model on a sample of the same
 * chunk texts, spread evenly over the corpus.
 */
final class IngestMeasure {

  private final int sampleSize;

  IngestMeasure(int sampleSize) {
    this.sampleSize = sampleSize;
  }

  /** Opens {@code app} on an empty index; the caller closes the pipeline returned. */
  Pipeline ingest(Application app) {
    return app.open();
  }

  IngestFigures figures(Pipeline pipeline, double ingestCores) {
    IndexReport report = pipeline.indexReport();
    Pipeline.Timings t = pipeline.timings();
    double seconds = (t.readMillis() + t.indexMillis()) / 1000.0;
    List<TextSegment> sample = sample(pipeline);
    CpuClock clock = new CpuClock();
    int embedded =
        sample.isEmpty() ? 0 : pipeline.embedder().model().embedAll(sample).content().size();
    double rawSeconds = clock.elapsedNanos() / 1e9;
    double rawRate = embedded == 0 ? 0 : embedded / Math.max(rawSeconds, 1e-9);
    double rate = report.embeddedChunks() / Math.max(seconds, 1e-3);
    return new IngestFigures(
        pipeline.catalog().size(),
        report.embeddedChunks(),
        t.readMillis(),
        t.modelMillis(),
        t.indexMillis(),
        round(rate),
        ingestCores,
        embedded,
        round(rawRate),
        clock.cores(),
        rawRate == 0 ? 0 : Math.round(1000 * rate / rawRate) / 1000.0);
  }

  /**
   * Chunk texts, as the indexer embeds them, of episodes spread evenly over the corpus (every
   * {@code step}-th, then the ones after those, until the sample is full).
   */
  private List<TextSegment> sample(Pipeline pipeline) {
    List<Episode> episodes = pipeline.catalog().episodes();
    if (episodes.isEmpty()) {
      return List.of();
    }
    Chunker chunker = new Chunker(pipeline.embedder(), pipeline.embedder().choice().maxTokens());
    int perEpisode = Math.max(1, pipeline.indexReport().totalChunks() / episodes.size());
    int step = Math.max(1, episodes.size() / Math.max(1, sampleSize / perEpisode));
    List<TextSegment> texts = new ArrayList<>();
    for (int offset = 0; offset < step && texts.size() < sampleSize; offset++) {
      for (int i = offset; i < episodes.size() && texts.size() < sampleSize; i += step) {
        for (Chunk chunk : chunker.chunk(episodes.get(i))) {
          if (texts.size() < sampleSize) {
            texts.add(TextSegment.from(chunk.embeddingText()));
          }
        }
      }
    }
    return texts;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
