package dev.podcastqa.bench;

import java.util.List;

/**
 * Restart figures from fresh JVMs over the persisted index: time from spawning the process to its
 * first answer, how the child spent it, what it re-embedded (nothing, when all is well) and its
 * memory after answering a few questions more.
 *
 * @param readyMillis wall time from spawn to first answer, one per run
 * @param childUptimeMillis JVM uptime at the first answer, for the median run
 * @param peakRssMib the serving child's {@code VmHWM}, for the median run
 */
record ColdStartFigures(
    List<Long> readyMillis,
    long medianReadyMillis,
    long childUptimeMillis,
    long readMillis,
    long modelMillis,
    long storeMillis,
    long indexMillis,
    int reembeddedChunks,
    int chunks,
    double peakRssMib,
    double heapUsedMib,
    List<String> jvmOptions) {

  ColdStartFigures {
    readyMillis = List.copyOf(readyMillis);
    jvmOptions = List.copyOf(jvmOptions);
  }
}
