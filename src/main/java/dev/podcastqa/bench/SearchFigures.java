package dev.podcastqa.bench;

/**
 * Search latencies over the whole index, and how close dense search comes to exact search.
 *
 * @param queryEmbedding embedding one question with the in-process model
 * @param dense dense search alone (vector given), for the retriever's candidate count
 * @param lexical BM25 search alone, for the same count
 * @param retrieve the hybrid retriever: embedding, both searches and fusion
 * @param recallAt10 share of dense search's top 10 that are among the exact 10 nearest, a chunk as
 *     similar as the exact tenth counting (ties are common: many chunks have an identical twin)
 * @param recallAt10Ids share of the exact 10 nearest chunk ids that dense search returns
 * @param recallAgainst what the exact scan read: "float vectors" (kept by a synthetic build beside
 *     the index, which stores bytes) or "stored vectors" (the index's own); empty when not measured
 * @param cosineErrorMax largest distance of a cosine dense search returned from the exact cosine of
 *     the float vectors; NaN unless measured against them
 * @param cosineErrorMean the mean of that distance over every result of the recall queries
 */
record SearchFigures(
    int queries,
    int candidates,
    Latencies queryEmbedding,
    Latencies dense,
    Latencies lexical,
    Latencies retrieve,
    int recallQueries,
    double recallAt10,
    double recallAt10Ids,
    String recallAgainst,
    double cosineErrorMax,
    double cosineErrorMean) {}
