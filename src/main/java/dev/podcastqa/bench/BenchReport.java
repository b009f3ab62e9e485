package dev.podcastqa.bench;

/**
 * Every figure one benchmark run produced, printed as a table or as JSON.
 *
 * @param ingest null when the index was reused and the run that built it left no figures
 * @param ingestFromEarlierRun whether {@code ingest} comes from the run that built the index
 * @param reembeddedChunks chunks embedded when this run opened the persisted index (0 on reuse)
 * @param indexMib everything under the index folder: {@code luceneMib} and the start-up caches
 * @param vectorMib the part of {@code luceneMib} holding vectors and the HNSW graph
 * @param benchMemory this process (generator, service, load generator together) at the end
 * @param syntheticVectors null when every vector is the model's, else what they are instead ({@link
 *     SyntheticVectors#label()}); every search, chat and restart figure is over them
 */
record BenchReport(
    Machine machine,
    CorpusFigures corpus,
    IngestFigures ingest,
    boolean ingestFromEarlierRun,
    int reembeddedChunks,
    double indexMib,
    double luceneMib,
    double vectorMib,
    SearchFigures search,
    ChatFigures chat,
    ColdStartFigures coldStart,
    ProcessMemory benchMemory,
    String syntheticVectors) {

  /** Where the run happened, and the store measured ({@code memory} is Lucene on disk). */
  record Machine(
      String store, int cores, String java, long maxHeapMib, String loadAverageAtStart) {}

  /**
   * The synthetic corpus measured: its plan, its size on disk, the chunks it gave, and how long
   * writing it took (0 when it was reused).
   */
  record CorpusFigures(
      int transcripts,
      int secondsPerEpisode,
      long seed,
      double sourceMib,
      int chunks,
      long writeMillis,
      boolean reused) {}
}
