package dev.podcastqa.bench;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Question;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of the cold-start measurement: a fresh JVM that opens the service over a
 * persisted benchmark folder, answers one question, and reports on stdout when it is ready, what
 * opening took, the CPU time it used until then, and (after answering a few more) its memory.
 *
 * <p>Arguments: the benchmark folder, then the questions; the first is answered before "ready".
 */
public final class ColdStartProbe {

  static final String READY = "READY";
  static final String MEMORY = "MEMORY";

  private ColdStartProbe() {}

  public static void main(String[] args) {
    long mainAt = uptime();
    BenchDir dir = new BenchDir(Path.of(args[0]), BenchDir.storeEnvironment(System.getenv()));
    List<String> questions = List.of(args).subList(1, args.length);
    try (Pipeline pipeline = new Application(dir.config()).open()) {
      long openedAt = uptime();
      Answer first = pipeline.answers().answer(Question.of(questions.get(0)));
      Pipeline.Timings t = pipeline.timings();
      long readyAt = uptime();
      System.out.printf(
          "%s uptime=%d cpu=%d main=%d opened=%d read=%d model=%d store=%d index=%d embedded=%d"
              + " chunks=%d answered=%b%n",
          READY,
          readyAt,
          cpuMillis(),
          mainAt,
          openedAt,
          t.readMillis(),
          t.modelMillis(),
          t.storeMillis(),
          t.indexMillis(),
          pipeline.indexReport().embeddedChunks(),
          pipeline.indexReport().totalChunks(),
          first.answered());
      System.out.flush();
      for (String question : questions) {
        pipeline.answers().answer(Question.of(question));
      }
      ProcessMemory memory = ProcessMemory.now();
      System.out.printf(
          "%s peakRss=%.1f rss=%.1f heapUsed=%.1f heapCommitted=%.1f%n",
          MEMORY,
          memory.peakRssMib(),
          memory.rssMib(),
          memory.heapUsedMib(),
          memory.heapCommittedMib());
      System.out.flush();
    }
  }

  /**
   * CPU time this process used so far, every thread's (the JIT compilers' and the garbage
   * collector's included): on a shared machine it moves less with the load than the time taken.
   */
  private static long cpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1_000_000
        : -1;
  }

  private static long uptime() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }
}
