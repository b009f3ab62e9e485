package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.Embedder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the issue asks of following, measured on a bounded run (only with {@code
 * -Dfollow.figures=true}): the CPU of a poll that finds no change, the time to add an hour-long
 * episode against the time to embed its chunks, and chat latency while an episode is indexed
 * against idle. It prints them; the one bound it asserts is the no-change poll's.
 */
class FollowFiguresTests {

  private static final String[] WORDS = {
    "tide", "harbour", "ferry", "crofter", "machair", "gannet", "skerry", "kelp", "sound",
    "lobster", "creel", "storm", "lighthouse", "peat", "weaver", "island", "causeway", "seal"
  };

  @TempDir Path dir;

  @Test
  void printFollowingFigures() throws Exception {
    assumeTrue(Boolean.getBoolean("follow.figures"), "run with -Dfollow.figures=true");
    try (ChangingFeedServer server = ChangingFeedServer.start()) {
      server.serve("feed-two.xml");
      FollowedService.copy("episodes/harbour.vtt", dir.resolve("episodes"));
      try (FollowedService service = FollowedService.open(dir, server.feedUrl(), Map.of())) {
        service.refresh();
        noChangePoll(service);
        String feed = Files.readString(Path.of("src/test/resources/follow/feed-two.xml"));
        addHourLongEpisode(service, server, feed);
        chatWhileIndexing(service, server, feed);
      }
    }
  }

  private static void noChangePoll(FollowedService service) {
    for (int i = 0; i < 20; i++) {
      service.refresh();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long writer =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().equals("follow"))
            .findFirst()
            .orElseThrow()
            .getId();
    int polls = 50;
    long process = os.getProcessCpuTime();
    long own = threads.getThreadCpuTime(writer);
    for (int i = 0; i < polls; i++) {
      assertThat(service.refresh().changed()).isZero();
    }
    double processMs = (os.getProcessCpuTime() - process) / 1e6 / polls;
    double ownMs = (threads.getThreadCpuTime(writer) - own) / 1e6 / polls;
    System.out.printf(
        "FIGURE no-change poll: %.2f ms CPU on the writer thread, %.2f ms CPU of the whole process"
            + " (server side and HTTP client threads included), mean of %d polls%n",
        ownMs, processMs, polls);
    assertThat(processMs).isLessThan(50);
  }

  private static void addHourLongEpisode(
      FollowedService service, ChangingFeedServer server, String feed) {
    server.putTranscript("hour.vtt", hourLong(1));
    server.serveText(feed.replace("</channel>", item("The Long Crossing", "hour.vtt")));
    long started = System.nanoTime();
    Feeds.Refreshed done = service.refresh();
    long addMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(done.added()).containsExactly("the-long-crossing");
    Episode episode = service.pipeline().catalog().find("the-long-crossing").orElseThrow();
    Embedder embedder = service.pipeline().embedder();
    List<Segment> transcript = service.pipeline().catalog().transcript(episode.id());
    List<Chunk> chunks =
        new Chunker(embedder, embedder.choice().maxTokens()).chunk(episode, transcript);
    List<String> texts = chunks.stream().map(Chunk::embeddingText).toList();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long t = System.nanoTime();
      embedder.embedPassages(texts);
      best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
    }
    System.out.printf(
        "FIGURE add one hour-long episode (%d cues, %d chunks): %d ms from poll to answerable;"
            + " embedding its chunks alone: %d ms (best of 2); ratio %.2f%n",
        transcript.size(), chunks.size(), addMs, best, (double) addMs / best);
  }

  private static void chatWhileIndexing(
      FollowedService service, ChangingFeedServer server, String feed) {
    String question = "When was the harbour at Castlebay rebuilt in stone?";
    List<Long> idle = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      idle.add(timedChat(service, question));
    }
    server.putTranscript("hour2.vtt", hourLong(2));
    server.serveText(feed.replace("</channel>", item("The Second Crossing", "hour2.vtt")));
    CompletableFuture<Feeds.Refreshed> indexing = CompletableFuture.supplyAsync(service::refresh);
    List<Long> busy = new ArrayList<>();
    while (!indexing.isDone()) {
      busy.add(timedChat(service, question));
    }
    assertThat(indexing.join().added()).contains("the-second-crossing");
    System.out.printf(
        "FIGURE chat latency idle: p50 %d ms, p99 %d ms (%d questions); while an hour-long"
            + " episode is indexed: p50 %d ms, p99 %d ms (%d questions)%n",
        pct(idle, 50), pct(idle, 99), idle.size(), pct(busy, 50), pct(busy, 99), busy.size());
  }

  private static long timedChat(FollowedService service, String question) {
    long t = System.nanoTime();
    assertThat(service.chat(question).path("answered").asBoolean()).isTrue();
    return (System.nanoTime() - t) / 1_000_000;
  }

  private static long pct(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }

  private static String item(String title, String transcript) {
    return "<item><title>"
        + title
        + "</title><guid>"
        + transcript
        + "</guid>"
        + "<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><itunes:duration>1:00:00"
        + "</itunes:duration><podcast:transcript url=\"transcripts/"
        + transcript
        + "\" type=\"text/vtt\"/></item></channel>";
  }

  /** An hour of cues, five seconds each, about 2.5 words a second as people speak. */
  private static String hourLong(int seed) {
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    for (int cue = 0; cue < 720; cue++) {
      int s = cue * 5;
      vtt.append(time(s)).append(" --> ").append(time(s + 5)).append('\n');
      for (int w = 0; w < 12; w++) {
        vtt.append(WORDS[(cue * 7 + w * 3 + seed) % WORDS.length]).append(' ');
      }
      vtt.append(cue * seed).append(".\n\n");
    }
    return vtt.toString();
  }

  private static String time(int seconds) {
    return String.format("%02d:%02d:%02d.000", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
