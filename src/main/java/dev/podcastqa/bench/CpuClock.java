package dev.podcastqa.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and this process's CPU time since it was started, so a phase can say how many cores it
 * kept busy on average.
 */
final class CpuClock {

  private final long wallStart = System.nanoTime();
  private final long cpuStart = cpuNanos();

  long elapsedNanos() {
    return System.nanoTime() - wallStart;
  }

  /** Average cores busy since start: CPU time over wall time. */
  double cores() {
    long wall = elapsedNanos();
    long cpu = cpuNanos() - cpuStart;
    return cpuStart < 0 || wall <= 0 ? -1 : Math.round(100.0 * cpu / wall) / 100.0;
  }

  /** This process's CPU time so far, all threads; -1 when the JVM cannot tell. */
  static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
