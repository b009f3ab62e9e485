package dev.podcastqa.bench;

/**
 * Full {@code POST /api/chat} latencies over HTTP on the loopback, answered extractively.
 *
 * @param oneClient one client asking one question after another
 * @param concurrent {@code clients} clients asking at once, each waiting for its answer
 * @param requestsPerSecond answers per second with {@code clients} clients
 * @param answered answers that cited passages (the rest were refusals)
 * @param failed responses other than 200
 * @param cpuMillisPerAnswer this process's CPU time (service, load generator, JIT and GC) over the
 *     one-client and then the concurrent requests, per request; -1 when the JVM cannot tell. Unlike
 *     the latencies it hardly moves with what else the machine runs.
 */
record ChatFigures(
    Latencies oneClient,
    int clients,
    Latencies concurrent,
    double requestsPerSecond,
    int answered,
    int failed,
    CpuPerAnswer cpuMillisPerAnswer) {

  /** Milliseconds of CPU per request with one client and with several. */
  record CpuPerAnswer(double oneClient, double concurrent) {}
}
