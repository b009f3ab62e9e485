package dev.podcastqa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * This process's memory as the kernel and the JVM see it: peak and current resident set size from
 * {@code /proc/self/status} ({@code VmHWM}, {@code VmRSS}), and the Java heap in use and committed.
 * Values are in MiB; the resident sizes are -1 where {@code /proc} does not exist.
 */
record ProcessMemory(
    double peakRssMib, double rssMib, double heapUsedMib, double heapCommittedMib) {

  private static final Path STATUS = Path.of("/proc/self/status");

  static ProcessMemory now() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return new ProcessMemory(
        statusKib("VmHWM:") / 1024.0,
        statusKib("VmRSS:") / 1024.0,
        heap.getUsed() / (1024.0 * 1024),
        heap.getCommitted() / (1024.0 * 1024));
  }

  private static long statusKib(String field) {
    try {
      List<String> lines = Files.readAllLines(STATUS);
      for (String line : lines) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1024;
    }
    return -1024;
  }
}
