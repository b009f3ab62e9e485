package dev.podcastqa.bench;

/**
 * What building the index from the synthetic files cost, beside the raw {@code embedAll} rate of
 * the same model on a sample of the same chunk texts (the limit of this design).
 *
 * @param chunksPerSecond chunks embedded over the time spent reading and indexing (model load
 *     excluded)
 * @param cores average cores busy while reading and indexing
 * @param shareOfRaw {@code chunksPerSecond} over {@code rawChunksPerSecond}
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
    double shareOfRaw) {}
