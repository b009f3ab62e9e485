package dev.podcastqa.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a {@link BenchReport} as a Markdown table (figure, measured, target, met), so a run can be
 * pasted into the README as it is.
 */
final class ReportPrinter {

  /** Corpora from this size on are held to the targets at a million chunks (issue 20). */
  static final int MILLION_TARGETS_FROM = 500_000;

  static final double MAX_HYBRID_P50_MILLIS_AT_1M = 15;
  static final double MAX_LUCENE_MIB_AT_1M = 1536;

  /** The service's targets at 100k chunks on two cores (issue 7). */
  static final double MIN_SHARE_OF_RAW = 1.0;

  /** The service's embedder against LangChain4j's own embedAll (issue 20). */
  static final double MIN_EMBED_SPEEDUP = 1.3;

  static final double MIN_EMBED_COSINE = 0.999;

  static final long MAX_COLD_START_MILLIS = 3000;
  static final double MAX_DENSE_P50_MILLIS = 5;
  static final double MIN_RECALL_AT_10 = 0.98;
  static final double MAX_CHAT_P50_MILLIS = 25;
  static final double MAX_CHAT_P99_MILLIS = 80;
  static final double MIN_CHAT_REQUESTS_PER_SECOND = 60;
  static final double MAX_RSS_MIB = 1536;

  private final List<String[]> rows = new ArrayList<>();

  /** The targets of the corpus size printed; the 100k ones until {@link #print} picks. */
  private Targets targets = Targets.AT_100K;

  /** What one corpus size must reach; a NaN or 0 limit means none at that size. */
  record Targets(
      String name,
      long coldStartMillis,
      double recallAt10,
      double hybridP50,
      double chatP50,
      double chatP99,
      double rssMib,
      double luceneMib) {

    static final Targets AT_100K =
        new Targets(
            "100k chunks (issue 7)",
            MAX_COLD_START_MILLIS,
            MIN_RECALL_AT_10,
            Double.NaN,
            MAX_CHAT_P50_MILLIS,
            MAX_CHAT_P99_MILLIS,
            MAX_RSS_MIB,
            Double.NaN);

    static final Targets AT_1M =
        new Targets(
            "1M chunks (issue 20)",
            5000,
            0.95,
            MAX_HYBRID_P50_MILLIS_AT_1M,
            30,
            100,
            2048,
            MAX_LUCENE_MIB_AT_1M);

    static Targets forChunks(int chunks) {
      return chunks >= MILLION_TARGETS_FROM ? AT_1M : AT_100K;
    }
  }

  void print(BenchReport r, PrintWriter out) {
    BenchReport.CorpusFigures c = r.corpus();
    out.printf(
        Locale.ROOT,
        "podcast-qa bench: %d transcripts of %d min (seed %d), %d chunks, store %s; %d cores, %s,"
            + " max heap %d MiB, load average at start %s%n%n",
        c.transcripts(),
        c.secondsPerEpisode() / 60,
        c.seed(),
        c.chunks(),
        r.machine().store(),
        r.machine().cores(),
        r.machine().java(),
        r.machine().maxHeapMib(),
        r.machine().loadAverageAtStart());
    targets = Targets.forChunks(c.chunks());
    out.printf(Locale.ROOT, "Targets: those at %s.%n%n", targets.name());
    if (r.syntheticVectors() != null) {
      out.printf(
          Locale.ROOT,
          "%s. Every search, chat and restart figure below is measured over these vectors.%n%n",
          r.syntheticVectors());
    }
    ingest(r);
    restart(r);
    search(r.search());
    chat(r.chat());
    out.println("| figure | measured | target | met |");
    out.println("|---|---|---|---|");
    for (String[] row : rows) {
      out.println("| " + String.join(" | ", row) + " |");
    }
    out.flush();
  }

  private void ingest(BenchReport r) {
    IngestFigures i = r.ingest();
    if (i == null) {
      row(
          "ingest throughput",
          r.syntheticVectors() != null
              ? "not measured (synthetic vectors)"
              : "not measured (index reused)",
          "",
          "");
      return;
    }
    String from = r.ingestFromEarlierRun() ? " (run that built the index)" : "";
    row("ingest throughput" + from, f("%.1f chunks/s", i.chunksPerSecond()), "", "");
    row(
        "raw embedAll, same model and texts (" + i.rawSample() + " texts, median)",
        f("%.1f chunks/s on %.2f cores", i.rawChunksPerSecond(), i.rawCores()),
        "",
        "");
    race(i.race());
    row(
        "ingest as share of raw embedAll",
        f("%.1f%%", 100 * i.shareOfRaw()),
        f(">= %.0f%%", 100 * MIN_SHARE_OF_RAW),
        met(i.shareOfRaw() >= MIN_SHARE_OF_RAW));
    row("cores busy during ingest", f("%.2f of %d", i.cores(), r.machine().cores()), "both", "");
    row(
        "ingest time: read / model load / index",
        f("%d / %d / %d ms", i.readMillis(), i.modelMillis(), i.indexMillis()),
        "",
        "");
  }

  private void race(EmbedFigures e) {
    if (e == null) {
      return;
    }
    row("LangChain4j embedAll, per round", rates(e.anchorRates()), "", "");
    row("service embedder, same texts, per round", rates(e.serviceRates()), "", "");
    row(
        "service embedder over embedAll, per round (median)",
        String.join(" / ", e.speedups().stream().map(s -> f("%.2fx", s)).toList())
            + f(" (%.2fx)", e.medianSpeedup()),
        f(">= %.1fx", MIN_EMBED_SPEEDUP),
        met(e.medianSpeedup() >= MIN_EMBED_SPEEDUP));
    row(
        "lowest cosine to embedAll's vector (bit-identical vectors)",
        f("%.6f (%d of %d)", e.minCosine(), e.identical(), e.texts()),
        f(">= %.3f", MIN_EMBED_COSINE),
        met(e.minCosine() >= MIN_EMBED_COSINE));
  }

  private static String rates(List<Double> rates) {
    return String.join(" / ", rates.stream().map(r -> f("%.1f", r)).toList()) + " chunks/s";
  }

  private void restart(BenchReport r) {
    ColdStartFigures s = r.coldStart();
    row(
        "peak RSS of the restarted service (after 51 answers)",
        f("%.0f MiB (heap used %.0f MiB)", s.peakRssMib(), s.heapUsedMib()),
        f("<= %.0f MiB", targets.rssMib()),
        met(s.peakRssMib() <= targets.rssMib()));
    ProcessMemory m = r.benchMemory();
    row(
        "peak RSS of the bench process (ingest, service and load generator)",
        f("%.0f MiB (heap used %.0f MiB)", m.peakRssMib(), m.heapUsedMib()),
        "",
        "");
    row(
        "index size on disk: Lucene (of it vectors and graph) + start-up caches",
        f("%.1f MiB (%.1f) + %.1f MiB", r.luceneMib(), r.vectorMib(), r.indexMib() - r.luceneMib()),
        Double.isNaN(targets.luceneMib())
            ? "compact binary"
            : f("Lucene <= %.0f MiB", targets.luceneMib()),
        Double.isNaN(targets.luceneMib()) ? "" : met(r.luceneMib() <= targets.luceneMib()));
    row(
        "cold start: spawn to first answer (median of " + s.readyMillis().size() + ")",
        f("%d ms %s", s.medianReadyMillis(), s.readyMillis()),
        f("<= %d ms", targets.coldStartMillis()),
        met(s.medianReadyMillis() <= targets.coldStartMillis()));
    row(
        "cold start inside the child: read / model / store / index",
        f(
            "%d / %d / %d / %d ms",
            s.readMillis(), s.modelMillis(), s.storeMillis(), s.indexMillis()),
        "",
        "");
    row(
        "chunks re-embedded at restart",
        f("%d of %d", s.reembeddedChunks(), s.chunks()),
        "0",
        met(s.reembeddedChunks() == 0));
  }

  private void search(SearchFigures s) {
    row(
        "dense search p50 / p99 (k=" + s.candidates() + ")",
        latency(s.dense()),
        f("p50 <= %.0f ms", MAX_DENSE_P50_MILLIS),
        met(s.dense().p50() <= MAX_DENSE_P50_MILLIS));
    if (Double.isNaN(s.recallAt10())) {
      row("dense recall@10 against exact search", "not measured on this store", "", "");
    } else {
      row(
          "dense recall@10 against exact search of the "
              + s.recallAgainst()
              + " ("
              + s.recallQueries()
              + " queries, ties count)",
          f("%.4f", s.recallAt10()),
          f(">= %.2f", targets.recallAt10()),
          met(s.recallAt10() >= targets.recallAt10()));
      row(
          "dense recall@10 by chunk id (a tied twin counts as a miss)",
          f("%.4f", s.recallAt10Ids()),
          "",
          "");
      row(
          "dense cosines returned: largest / mean distance from the float vectors' cosines",
          Double.isNaN(s.cosineErrorMax())
              ? "not measured (no float vectors beside the index)"
              : f("%.5f / %.5f", s.cosineErrorMax(), s.cosineErrorMean()),
          "",
          "");
    }
    row("BM25 search p50 / p99 (k=" + s.candidates() + ")", latency(s.lexical()), "", "");
    row("query embedding p50 / p99", latency(s.queryEmbedding()), "", "");
    row(
        "hybrid retrieve p50 / p99 (embed + both searches)",
        latency(s.retrieve()),
        Double.isNaN(targets.hybridP50()) ? "" : f("p50 <= %.0f ms", targets.hybridP50()),
        Double.isNaN(targets.hybridP50()) ? "" : met(s.retrieve().p50() <= targets.hybridP50()));
  }

  private void chat(ChatFigures c) {
    row(
        "/api/chat, 1 client, p50 / p99",
        latency(c.oneClient()),
        f("<= %.0f / <= %.0f ms", targets.chatP50(), targets.chatP99()),
        met(c.oneClient().p50() <= targets.chatP50() && c.oneClient().p99() <= targets.chatP99()));
    row("/api/chat, " + c.clients() + " clients, p50 / p99", latency(c.concurrent()), "", "");
    row(
        "/api/chat, " + c.clients() + " clients, throughput",
        f("%.1f requests/s", c.requestsPerSecond()),
        f(">= %.0f requests/s", MIN_CHAT_REQUESTS_PER_SECOND),
        met(c.requestsPerSecond() >= MIN_CHAT_REQUESTS_PER_SECOND));
    row(
        "/api/chat CPU per request, 1 client / " + c.clients() + " (whole bench process)",
        c.cpuMillisPerAnswer().oneClient() < 0
            ? "not measured"
            : f(
                "%.1f / %.1f ms",
                c.cpuMillisPerAnswer().oneClient(), c.cpuMillisPerAnswer().concurrent()),
        "",
        "");
    int timed = c.oneClient().count() + c.concurrent().count();
    row(
        "/api/chat answers that cited passages / failed requests",
        f("%d / %d of %d", c.answered(), c.failed(), timed),
        "",
        "");
  }

  private void row(String figure, String measured, String target, String met) {
    rows.add(new String[] {figure, measured, target, met});
  }

  private static String latency(Latencies l) {
    return f("%.1f / %.1f ms", l.p50(), l.p99());
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
