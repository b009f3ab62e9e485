package dev.podcastqa.follow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process, the JVM's own (JIT compilers, GC) included, read from
 * Linux's {@code /proc/self/task}: where the CPU of a timed step went, by thread name.
 */
final class ThreadCpu {

  private final Map<String, Long> nanosByThread;

  private ThreadCpu(Map<String, Long> nanosByThread) {
    this.nanosByThread = nanosByThread;
  }

  /** The CPU time so far of each live thread, keyed by its id and name; empty off Linux. */
  static ThreadCpu now() {
    Map<String, Long> nanos = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return new ThreadCpu(nanos);
    }
    try (Stream<Path> list = Files.list(tasks)) {
      list.forEach(task -> read(task).ifPresent(e -> nanos.put(e.getKey(), e.getValue())));
    } catch (IOException e) {
      return new ThreadCpu(nanos);
    }
    return new ThreadCpu(nanos);
  }

  private static Optional<Map.Entry<String, Long>> read(Path task) {
    try {
      String name = Files.readString(task.resolve("comm")).strip();
      String stat = Files.readString(task.resolve("schedstat")).strip();
      long nanos = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
      return Optional.of(Map.entry(task.getFileName() + " " + name, nanos));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The CPU milliseconds each group of threads (the name without its digits) used since {@code
   * before}, the groups that used at least {@code leastMs}, most first.
   */
  String since(ThreadCpu before, long leastMs) {
    Map<String, Long> byGroup = new TreeMap<>();
    nanosByThread.forEach(
        (thread, nanos) -> {
          long used = nanos - before.nanosByThread.getOrDefault(thread, 0L);
          String group = thread.substring(thread.indexOf(' ') + 1).replaceAll("\\d+", "#");
          byGroup.merge(group, used, Long::sum);
        });
    return byGroup.entrySet().stream()
        .filter(e -> e.getValue() / 1_000_000 >= leastMs)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000)
        .collect(Collectors.joining(", "));
  }
}
