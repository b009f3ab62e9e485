package dev.podcastqa.bench;

/**
 * Full {@code POST /api/chat} latencies over HTTP on the loopback, answered extractively.
 *
 * @param oneClient one client asking one question after another
 * @param concurrent {@code clients} clients asking at once, each waiting for its answer
 * @param requestsPerSecond answers per second with {@code clients} clients
 * @param answered answers that cited passages (the rest were refusals)
 * @param failed responses other than 200
 */
record ChatFigures(
    Latencies oneClient,
    int clients,
    Latencies concurrent,
    double requestsPerSecond,
    int answered,
    int failed) {}
