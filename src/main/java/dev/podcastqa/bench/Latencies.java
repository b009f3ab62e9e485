package dev.podcastqa.bench;

import java.util.Arrays;

/**
 * Latency percentiles of one kind of call, in milliseconds, from every timed call (nearest-rank
 * percentiles; p99 of fewer than 100 calls is the slowest call).
 */
record Latencies(int count, double p50, double p99, double mean, double max) {

  static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no calls were timed");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latencies(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 99)),
        millis(sum / sorted.length),
        millis(sorted[sorted.length - 1]));
  }

  private static double percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double millis(double nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }
}
