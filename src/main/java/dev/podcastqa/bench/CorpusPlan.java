package dev.podcastqa.bench;

/**
 * How big the synthetic corpus is: how many transcripts, how long each episode runs, and the seed
 * everything is drawn from.
 */
record CorpusPlan(int transcripts, int secondsPerEpisode, long seed) {

  /** Chunks an episode gives per minute of talk, measured with the real chunker (README). */
  static final double CHUNKS_PER_MINUTE = 1.36;

  /** Chunks an episode gives whatever its length: chapter titles, notes and description. */
  static final double CHUNKS_PER_EPISODE = 4;

  static final int DEFAULT_SECONDS = 3600;
  static final int MIN_SECONDS = 120;
  static final int MAX_SECONDS = 4 * 3600;

  CorpusPlan {
    if (transcripts < 1) {
      throw new IllegalArgumentException("at least one transcript is needed");
    }
    if (secondsPerEpisode < MIN_SECONDS || secondsPerEpisode > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "episodes must run " + MIN_SECONDS + " to " + MAX_SECONDS + " s");
    }
  }

  /**
   * The plan for about {@code chunksTarget} chunks (0: hour-long episodes) over {@code transcripts}
   * episodes (0: as many hour-long episodes as the target needs).
   */
  static CorpusPlan of(int transcripts, int chunksTarget, long seed) {
    if (chunksTarget <= 0) {
      return new CorpusPlan(transcripts > 0 ? transcripts : 100, DEFAULT_SECONDS, seed);
    }
    if (transcripts <= 0) {
      double perHour = chunksPerEpisode(DEFAULT_SECONDS);
      return new CorpusPlan(
          (int) Math.max(1, Math.round(chunksTarget / perHour)), DEFAULT_SECONDS, seed);
    }
    double minutes = (chunksTarget / (double) transcripts - CHUNKS_PER_EPISODE) / CHUNKS_PER_MINUTE;
    int seconds = (int) Math.round(minutes * 60);
    return new CorpusPlan(transcripts, Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds)), seed);
  }

  /** Chunks expected from one episode of {@code seconds}. */
  static double chunksPerEpisode(int seconds) {
    return CHUNKS_PER_EPISODE + CHUNKS_PER_MINUTE * seconds / 60.0;
  }

  /** Chunks expected from the whole corpus. */
  long expectedChunks() {
    return Math.round(transcripts * chunksPerEpisode(secondsPerEpisode));
  }
}
