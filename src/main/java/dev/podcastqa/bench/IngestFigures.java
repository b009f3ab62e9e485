package dev.podcastqa.bench;

/**
 * What building the index from the synthetic files cost, beside the raw {@code embedAll} rate of
 * the same model on a sample of the same chunk texts (the limit of this design).
 *
 * @param chunksPerSecond chunks embedded over the time spent reading and indexing (model load
 *     excluded)
 * @param cores average cores busy while reading and indexing
 * @param rawChunksPerSecond LangChain4j's own {@code embedAll} (median of the race's rounds)
 * @param shareOfRaw {@code chunksPerSecond} over {@code rawChunksPerSecond}
 * @param race LangChain4j's {@code embedAll} against the service's embedder, round by round
 */
record IngestFigures(
    int episodes,
    int chunks,
    long readMillis,
    long modelMillis,
    long indexMillis,
    double chunksPerSecond,
    double cores,
    int rawSample,
    double rawChunksPerSecond,
    double rawCores,
    double shareOfRaw,
    EmbedFigures race) {}
