package dev.podcastqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: measures ingest, restart, search and chat on a synthetic corpus. */
@Command(
    name = "bench",
    description = {
      "Benchmarks the pipeline on a synthetic corpus and prints the figures.",
      "It writes a deterministic synthetic corpus (WebVTT transcripts and episode pages), ingests it"
          + " through the real pipeline and prints ingest throughput beside raw embedAll, peak"
          + " RSS, index size, cold start, search latency and recall, and /api/chat latency and"
          + " throughput.",
      "With --reuse it measures the persisted corpus and index of an earlier run (nothing is"
          + " embedded again)."
    })
public final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--transcripts",
      paramLabel = "N",
      description =
          "Transcripts to write (default: as many hour-long ones as --chunks-target needs,"
              + " or 100).")
  int transcripts;

  @Option(
      names = "--chunks-target",
      paramLabel = "CHUNKS",
      description = "About how many chunks the corpus should give (episode length follows).")
  int chunksTarget;

  @Option(names = "--seed", paramLabel = "SEED", description = "Corpus seed (default 42).")
  long seed = 42;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Folder of the corpus and its index (default: target/bench/N-transcripts-Ss).")
  Path dir;

  @Option(
      names = "--reuse",
      description = "Reuse the corpus and index already in the folder; nothing is re-embedded.")
  boolean reuse;

  @Option(names = "--queries", paramLabel = "N", description = "Searches timed (default 1000).")
  int queries = 1000;

  @Option(
      names = "--recall-queries",
      paramLabel = "N",
      description = "Queries checked against exact search (default 200).")
  int recallQueries = 200;

  @Option(
      names = "--chat-requests",
      paramLabel = "N",
      description = "/api/chat requests timed, per mode (default 500).")
  int chatRequests = 500;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "Concurrent /api/chat clients (default 8).")
  int clients = 8;

  @Option(
      names = "--embed-sample",
      paramLabel = "N",
      description = "Chunk texts in the raw embedAll sample (default 2000).")
  int embedSample = 2000;

  @Option(
      names = "--cold-starts",
      paramLabel = "N",
      description = "Fresh JVMs timed to their first answer (default 3).")
  int coldStarts = 3;

  @Option(
      names = "--synthetic-vectors",
      paramLabel = "REAL",
      description =
          "Embed only the first REAL chunks with the model and give every other chunk a perturbed"
              + " copy of one of those vectors (for corpora too large to embed here; every figure"
              + " is then labelled SYNTHETIC VECTORS and ingest is not measured). Default 0: all"
              + " chunks embedded by the model.")
  int syntheticVectors;

  @Option(
      names = "--store",
      paramLabel = "KIND",
      description =
          "Store to measure: memory (Lucene, the default) or elasticsearch; the PODCASTQA_ES_*"
              + " settings in the environment say how to reach Elasticsearch.")
  String store;

  @Option(
      names = "--es-url",
      paramLabel = "URL",
      description = "Elasticsearch URL (default: PODCASTQA_ES_URL, else http://localhost:9200).")
  String esUrl;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ObjectMapper mapper = Json.newMapper();
    CorpusPlan planned = CorpusPlan.of(transcripts, chunksTarget, seed);
    BenchDir folder = new BenchDir(dir != null ? dir : defaultDir(planned), storeSettings());
    BenchSettings settings =
        new BenchSettings(queries, recallQueries, chatRequests, clients, embedSample, coldStarts);
    Bench bench =
        new Bench(
            folder,
            settings,
            syntheticVectors > 0
                ? new SyntheticVectors(syntheticVectors, SyntheticVectors.DEFAULT_NOISE)
                : null);
    BenchReport report;
    if (reuse) {
      CorpusPlan persisted =
          SyntheticCorpus.read(folder.root())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no complete synthetic corpus in "
                              + folder.root()
                              + "; run bench without --reuse first"));
      report = bench.reuse(persisted);
    } else {
      report = bench.fresh(planned);
    }
    write(mapper, report, folder.root().resolve("report.json"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      try {
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot print the report", e);
      }
      out.flush();
    } else {
      new ReportPrinter().print(report, out);
    }
    return 0;
  }

  private static Path defaultDir(CorpusPlan plan) {
    return Path.of(
        "target",
        "bench",
        plan.transcripts() + "-transcripts-" + plan.secondsPerEpisode() + "s-seed" + plan.seed());
  }

  private static void write(ObjectMapper mapper, BenchReport report, Path file) {
    try {
      Files.createDirectories(file.getParent());
      mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The store's settings from the environment, with {@code --store} and {@code --es-url} over. */
  private Map<String, String> storeSettings() {
    Map<String, String> settings = new HashMap<>(BenchDir.storeEnvironment(System.getenv()));
    if (store != null) {
      settings.put(Setting.STORE.env(), store);
    }
    if (esUrl != null) {
      settings.put(Setting.ES_URL.env(), esUrl);
    }
    return settings;
  }
}
