package dev.podcastqa.bench;

/**
 * How much the benchmark measures: searches timed, queries checked against exact search, chat
 * requests and concurrent clients, texts in the raw embedding sample, and cold starts.
 */
record BenchSettings(
    int queries,
    int recallQueries,
    int chatRequests,
    int clients,
    int embedSample,
    int coldStarts) {

  BenchSettings {
    if (queries < 1
        || recallQueries < 1
        || chatRequests < 1
        || clients < 1
        || embedSample < 2
        || coldStarts < 1) {
      throw new IllegalArgumentException("every benchmark count must be positive");
    }
  }
}
