package dev.podcastqa.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.IndexReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the index through the real open path (ingester, chunker, indexer, Lucene store) on an
 * empty index folder, then times LangChain4j's own {@code embedAll} of the same model against the
 * service's embedder on a sample of the same chunk texts, spread evenly over the corpus.
 */
final class IngestMeasure {

  /** Rounds of LangChain4j's embedAll against the service's embedder, for the spread. */
  private static final int ROUNDS = 3;

  private final int sampleSize;

  IngestMeasure(int sampleSize) {
    this.sampleSize = sampleSize;
  }

  /** Opens {@code app} on an empty index; the caller closes the pipeline returned. */
  Pipeline ingest(Application app) {
    return app.open();
  }

  IngestFigures figures(Application app, Pipeline pipeline, double ingestCores) {
    IndexReport report = pipeline.indexReport();
    Pipeline.Timings t = pipeline.timings();
    double seconds = (t.readMillis() + t.indexMillis()) / 1000.0;
    List<String> sample = sample(app.chunker(pipeline.embedder()), pipeline);
    EmbeddingModel anchor = pipeline.embedder().choice().loadLangChain4jModel();
    EmbedFigures race = new EmbedRace(anchor, pipeline.embedder(), ROUNDS).run(sample);
    double rawRate = race.medianAnchorRate();
    double rate = report.embeddedChunks() / Math.max(seconds, 1e-3);
    return new IngestFigures(
        pipeline.catalog().size(),
        report.embeddedChunks(),
        t.readMillis(),
        t.modelMillis(),
        t.indexMillis(),
        round(rate),
        ingestCores,
        race.texts(),
        round(rawRate),
        race.anchorCores(),
        rawRate == 0 ? 0 : Math.round(1000 * rate / rawRate) / 1000.0,
        race);
  }

  /**
   * Chunk texts, as the indexer embeds them, of episodes spread evenly over the corpus (every
   * {@code step}-th, then the ones after those, until the sample is full).
   */
  private List<String> sample(Chunker chunker, Pipeline pipeline) {
    List<Episode> episodes = pipeline.catalog().episodes();
    if (episodes.isEmpty()) {
      return List.of();
    }
    int perEpisode = Math.max(1, pipeline.indexReport().totalChunks() / episodes.size());
    int step = Math.max(1, episodes.size() / Math.max(1, sampleSize / perEpisode));
    List<String> texts = new ArrayList<>();
    for (int offset = 0; offset < step && texts.size() < sampleSize; offset++) {
      for (int i = offset; i < episodes.size() && texts.size() < sampleSize; i += step) {
        Episode episode = episodes.get(i);
        List<Segment> transcript = pipeline.catalog().transcript(episode.id());
        for (Chunk chunk : chunker.chunk(episode, transcript)) {
          if (texts.size() < sampleSize) {
            texts.add(chunk.embeddingText());
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
