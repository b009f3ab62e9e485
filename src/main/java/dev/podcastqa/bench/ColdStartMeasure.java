package dev.podcastqa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Restarts the service in fresh JVMs ({@link ColdStartProbe} on this process's class path, with
 * this JVM's heap and {@code -XX} options) and times each from spawn to its first answer, so class
 * loading, JIT warm-up and the model load all count.
 */
final class ColdStartMeasure {

  private static final long TIMEOUT_SECONDS = 600;

  private final BenchDir dir;
  private final int runs;

  ColdStartMeasure(BenchDir dir, int runs) {
    this.dir = dir;
    this.runs = runs;
  }

  ColdStartFigures measure(List<String> questions) {
    List<Run> done = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      done.add(run(i, questions));
    }
    List<Run> byTime = new ArrayList<>(done);
    byTime.sort(Comparator.comparingLong(Run::readyMillis));
    Run median = byTime.get((byTime.size() - 1) / 2);
    Map<String, String> r = median.ready();
    Map<String, String> m = median.memory();
    return new ColdStartFigures(
        done.stream().map(Run::readyMillis).toList(),
        median.readyMillis(),
        Long.parseLong(r.get("uptime")),
        Long.parseLong(r.get("read")),
        Long.parseLong(r.get("model")),
        Long.parseLong(r.get("store")),
        Long.parseLong(r.get("index")),
        Integer.parseInt(r.get("embedded")),
        Integer.parseInt(r.get("chunks")),
        Double.parseDouble(m.get("peakRss")),
        Double.parseDouble(m.get("heapUsed")),
        jvmOptions());
  }

  /** The child's command line: this JVM's java, options and class path, then the probe. */
  private List<String> command(List<String> questions) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ColdStartProbe.class.getName());
    command.add(dir.root().toString());
    command.addAll(questions);
    return command;
  }

  private Run run(int number, List<String> questions) {
    ProcessBuilder builder =
        new ProcessBuilder(command(questions)).redirectError(dir.coldStartLog(number).toFile());
    // The child reads the store's settings from its environment, as the service would.
    builder.environment().putAll(dir.store());
    long started = System.nanoTime();
    try {
      Process process = builder.start();
      Map<String, String> ready = null;
      Map<String, String> memory = null;
      long readyMillis = -1;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(ColdStartProbe.READY)) {
            readyMillis = (System.nanoTime() - started) / 1_000_000;
            ready = fields(line);
          } else if (line.startsWith(ColdStartProbe.MEMORY)) {
            memory = fields(line);
          }
        }
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      if (ready == null || memory == null) {
        throw new IllegalStateException(
            "cold start " + number + " never got ready; see " + dir.coldStartLog(number));
      }
      return new Run(readyMillis, ready, memory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a child JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during cold start", e);
    }
  }

  /** This JVM's heap and tuning options, so the child runs as this process does. */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("-Xmx")
                    || a.startsWith("-Xms")
                    || a.startsWith("-Xss")
                    || a.startsWith("-XX:")
                    || a.startsWith("--add-modules"))
        .toList();
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> fields = new HashMap<>();
    for (String part : line.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return fields;
  }

  /** One child's report. */
  private record Run(long readyMillis, Map<String, String> ready, Map<String, String> memory) {}
}
