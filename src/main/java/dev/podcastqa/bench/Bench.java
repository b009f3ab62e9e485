package dev.podcastqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Config;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.ingest.source.Problem;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run over one {@link BenchDir}: writes the synthetic corpus and builds its index
 * through the real open path (or reuses both), then measures search, the HTTP chat and restarts.
 */
final class Bench {

  private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

  /** Questions the cold-start child answers after the first, before it reports its memory. */
  private static final int CHILD_QUESTIONS = 50;

  private final BenchDir dir;
  private final BenchSettings settings;

  /** Null to embed every chunk with the model. */
  private final SyntheticVectors synthetic;

  Bench(BenchDir dir, BenchSettings settings, SyntheticVectors synthetic) {
    this.dir = dir;
    this.settings = settings;
    this.synthetic = synthetic;
  }

  /** Writes the corpus of {@code plan}, indexes it from nothing and measures everything. */
  BenchReport fresh(CorpusPlan plan) {
    BenchReport.Machine machine = machine();
    LOG.info("Writing {} synthetic transcripts to {}", plan.transcripts(), dir.episodes());
    SyntheticCorpus.Written written = SyntheticCorpus.write(plan, dir.root());
    dir.deleteIndex();
    Application app = new Application(dir.config());
    emptyStore(app);
    saveSynthetic(app.mapper());
    if (synthetic != null) {
      return freshSynthetic(app, plan, written, machine);
    }
    LOG.info("Ingesting about {} chunks", plan.expectedChunks());
    CpuClock clock = new CpuClock();
    BenchReport partial;
    try (Pipeline pipeline = app.open()) {
      requireEpisodes(pipeline);
      double cores = clock.cores();
      LOG.info("Timing raw embedAll on up to {} of the same chunk texts", settings.embedSample());
      IngestFigures ingest =
          new IngestMeasure(settings.embedSample()).figures(app, pipeline, cores);
      save(app.mapper(), ingest);
      partial = inProcess(app, pipeline, machine, corpus(plan, written, pipeline), ingest, false);
    }
    return withColdStart(partial);
  }

  /**
   * Builds the index with {@link SyntheticVectors} (no ingest figure is measured: the model embeds
   * only the first chunks), then opens it through the service's real path and measures the rest.
   */
  private BenchReport freshSynthetic(
      Application app,
      CorpusPlan plan,
      SyntheticCorpus.Written written,
      BenchReport.Machine machine) {
    LOG.info("Writing about {} chunks, {}", plan.expectedChunks(), synthetic.label());
    new SyntheticIndexBuild(synthetic, plan.seed(), dir.floatVectors()).build(app);
    BenchReport partial;
    try (Pipeline pipeline = app.open()) {
      requireEpisodes(pipeline);
      partial = inProcess(app, pipeline, machine, corpus(plan, written, pipeline), null, false);
    }
    return withColdStart(partial);
  }

  /**
   * Removes every episode from the configured store, so a fresh run embeds everything: the Lucene
   * folder is already gone, but an Elasticsearch store keeps its indices on the server.
   */
  private static void emptyStore(Application app) {
    EmbeddingChoice choice = EmbeddingChoice.of(app.config().embeddingModel());
    try (ChunkStore store = app.openStore(choice)) {
      Set<String> episodes = store.episodeHashes().keySet();
      if (!episodes.isEmpty()) {
        LOG.info("Removing {} episodes left in {}", episodes.size(), store.describe());
        episodes.forEach(store::removeEpisode);
        store.commit();
      }
    }
  }

  /** Opens the persisted corpus and index of an earlier run and measures all but ingest. */
  BenchReport reuse(CorpusPlan plan) {
    BenchReport.Machine machine = machine();
    Application app = new Application(dir.config());
    BenchReport partial;
    try (Pipeline pipeline = app.open()) {
      requireEpisodes(pipeline);
      IngestFigures ingest = load(app.mapper(), dir.ingestFigures(), IngestFigures.class);
      SyntheticCorpus.Written none = new SyntheticCorpus.Written(plan.transcripts(), -1, 0);
      partial = inProcess(app, pipeline, machine, corpus(plan, none, pipeline), ingest, true);
    }
    return withColdStart(partial);
  }

  /**
   * Stops the run with the reason when the corpus gave no episode, since nothing can be measured
   * over an empty index.
   */
  private void requireEpisodes(Pipeline pipeline) {
    if (pipeline.catalog().size() > 0) {
      return;
    }
    List<Problem> problems = pipeline.corpus().problems();
    throw new IllegalStateException(
        "no episode could be read from "
            + dir.episodes()
            + (problems.isEmpty()
                ? ""
                : " (" + problems.size() + " problems, the first: " + problems.get(0) + ")")
            + "; `ingest "
            + dir.episodes()
            + "` lists every problem");
  }

  /** Everything measured inside this process, while the pipeline is open. */
  private BenchReport inProcess(
      Application app,
      Pipeline pipeline,
      BenchReport.Machine machine,
      BenchReport.CorpusFigures corpus,
      IngestFigures ingest,
      boolean reused) {
    List<String> questions = questions(corpus.seed());
    LOG.info("Timing {} searches of each kind", settings.queries());
    SearchFigures search =
        new SearchMeasure(settings.recallQueries(), dir.floatVectors())
            .measure(pipeline, questions.subList(0, settings.queries()));
    LOG.info("Timing /api/chat over HTTP");
    ChatFigures chat = chat(app, pipeline, questions);
    return new BenchReport(
        machine,
        corpus,
        ingest,
        reused && ingest != null,
        pipeline.indexReport().embeddedChunks(),
        0,
        0,
        0,
        search,
        chat,
        null,
        ProcessMemory.now(),
        label(app.mapper()));
  }

  /** The report with restarts measured, once this process has closed the index. */
  private BenchReport withColdStart(BenchReport r) {
    LOG.info("Timing {} cold starts", settings.coldStarts());
    List<String> questions = questions(r.corpus().seed());
    ColdStartFigures cold =
        new ColdStartMeasure(dir, settings.coldStarts())
            .measure(questions.subList(0, Math.min(CHILD_QUESTIONS, questions.size())));
    return new BenchReport(
        r.machine(),
        r.corpus(),
        r.ingest(),
        r.ingestFromEarlierRun(),
        r.reembeddedChunks(),
        mib(dir.indexBytes()),
        mib(dir.luceneBytes()),
        mib(dir.vectorBytes()),
        r.search(),
        r.chat(),
        cold,
        r.benchMemory(),
        r.syntheticVectors());
  }

  /** MiB to two decimals: a tiny index's vectors (a few KiB of bytes) still show. */
  private static double mib(long bytes) {
    return Math.round(bytes / 1024.0 / 10.24) / 100.0;
  }

  private List<String> questions(long seed) {
    return Questions.make(
        EpisodeGenerator.grammar(), seed, Math.max(settings.queries(), settings.chatRequests()));
  }

  private ChatFigures chat(Application app, Pipeline pipeline, List<String> questions) {
    Javalin web = app.web(pipeline).start("127.0.0.1", 0);
    try {
      URI base = URI.create("http://127.0.0.1:" + web.port());
      return new ChatMeasure(app.mapper(), settings.chatRequests(), settings.clients())
          .measure(base, questions);
    } finally {
      web.stop();
    }
  }

  private static BenchReport.CorpusFigures corpus(
      CorpusPlan plan, SyntheticCorpus.Written written, Pipeline pipeline) {
    return new BenchReport.CorpusFigures(
        plan.transcripts(),
        plan.secondsPerEpisode(),
        plan.seed(),
        written.bytes() < 0 ? -1 : Math.round(written.bytes() / 1024.0 / 102.4) / 10.0,
        pipeline.indexReport().totalChunks(),
        written.millis(),
        written.bytes() < 0);
  }

  private BenchReport.Machine machine() {
    Config.Store store = dir.config().store();
    return new BenchReport.Machine(
        store.kind() == Config.Store.Kind.ELASTICSEARCH
            ? "elasticsearch at " + store.esUrl()
            : store.kind().value(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        loadAverage());
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void save(ObjectMapper mapper, IngestFigures ingest) {
    try {
      mapper.writerWithDefaultPrettyPrinter().writeValue(dir.ingestFigures().toFile(), ingest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.ingestFigures(), e);
    }
  }

  /** Records how this run's vectors are made (or that they are the model's), for reuse runs. */
  private void saveSynthetic(ObjectMapper mapper) {
    try {
      Files.deleteIfExists(dir.syntheticVectors());
      Files.deleteIfExists(dir.floatVectors());
      if (synthetic != null) {
        mapper
            .writerWithDefaultPrettyPrinter()
            .writeValue(dir.syntheticVectors().toFile(), synthetic);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.syntheticVectors(), e);
    }
  }

  /** The label of the index's synthetic vectors, as the run that built it recorded; else null. */
  private String label(ObjectMapper mapper) {
    SyntheticVectors made = load(mapper, dir.syntheticVectors(), SyntheticVectors.class);
    return made == null ? null : made.label();
  }

  private static <T> T load(ObjectMapper mapper, Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return mapper.readValue(file.toFile(), type);
    } catch (IOException e) {
      LOG.warn("Ignoring unreadable {}: {}", file, e.getMessage());
      return null;
    }
  }
}
