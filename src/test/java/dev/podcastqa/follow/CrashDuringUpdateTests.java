package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code serve} in a child JVM is killed (as by {@code kill -9}) while it indexes a feed that
 * just changed; the next start finds the index consistent with the catalog and finishes the work.
 */
class CrashDuringUpdateTests {

  private static final int ITEMS = 200;
  private static final Duration DEADLINE = Duration.ofMinutes(3);
  private static final String TOKEN = "crash-test-token";
  private static final Pattern SERVING = Pattern.compile("Serving .* at http://localhost:(\\d+)/");

  @TempDir Path dir;

  @Test
  void killedMidUpdateRestartsIntoAConsistentIndexAndFinishesTheWork() throws Exception {
    try (ChangingFeedServer server = ChangingFeedServer.start()) {
      server.serveText(Files.readString(Path.of("src/test/resources/follow/feed-two.xml")));
      Path episodes = dir.resolve("episodes");
      FollowedService.copy("episodes/harbour.vtt", episodes);
      FollowedService.copy("episodes/harbour.json", episodes);
      Path log = dir.resolve("serve.log");
      Process serve = startServe(server.feedUrl(), log);
      try {
        awaitLine(log, serve, "Live update: 2 episodes added");
        awaitLine(log, serve, "Serving ");
        server.serveText(manyItems());
        refreshWithoutWaiting(log);
        awaitLine(log, serve, "/feed.xml changed (", 2);
      } finally {
        serve.destroyForcibly().waitFor();
      }
      assertThat(Files.readString(log))
          .as("killed before the second update finished")
          .containsOnlyOnce("Live update:");

      Map<Setting, String> settings = Map.of(Setting.FEEDS, server.feedUrl());
      Application app = new Application(TestConfig.of(episodes, dir.resolve("index"), settings));
      try (Pipeline restarted = app.open()) {
        Set<String> catalog =
            restarted.catalog().episodes().stream().map(Episode::id).collect(Collectors.toSet());
        assertThat(catalog).hasSize(ITEMS + 1).contains("the-harbour-at-castlebay");
        assertThat(restarted.store().episodeHashes().keySet()).isEqualTo(catalog);
        assertThat(restarted.indexReport().removedEpisodes()).isEqualTo(2);
      }
      try (Pipeline again = app.open()) {
        assertThat(again.indexReport().embeddedEpisodes()).isZero();
        assertThat(again.indexReport().removedEpisodes()).isZero();
        assertThat(again.store().episodeHashes()).hasSize(ITEMS + 1);
      }
    }
  }

  /** {@code serve} in a JVM of its own, polling at once and then every second. */
  private Process startServe(String feed, Path log) throws IOException {
    Path config = dir.resolve("podcastqa.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "episodes.dir=" + dir.resolve("episodes"),
            "index.dir=" + dir.resolve("index"),
            "feeds=" + feed,
            "feed.poll.minutes=60",
            "admin.token=" + TOKEN,
            "watch.seconds=1",
            "host=127.0.0.1",
            "port=0",
            ""));
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(arg -> arg.startsWith("-Xmx") || arg.startsWith("--add-modules"))
            .toList());
    command.add("--add-modules=jdk.incubator.vector");
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "dev.podcastqa.cli.Main",
            "serve",
            "--config",
            config.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Setting[] all = Setting.values();
    for (Setting setting : all) {
      builder.environment().remove(setting.env());
    }
    return builder.start();
  }

  /** Asks the child to poll now, through its admin refresh, and does not wait for the answer. */
  private static void refreshWithoutWaiting(Path log) throws IOException {
    Matcher serving = SERVING.matcher(Files.readString(log));
    assertThat(serving.find()).as("the child logged its port").isTrue();
    HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serving.group(1) + "/api/admin/refresh"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static void awaitLine(Path log, Process process, String text) throws Exception {
    awaitLine(log, process, text, 1);
  }

  /** Waits until the log holds {@code text} {@code times} times, within the deadline. */
  private static void awaitLine(Path log, Process process, String text, int times)
      throws Exception {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < end) {
      String seen = Files.exists(log) ? Files.readString(log) : "";
      if (seen.split(Pattern.quote(text), -1).length - 1 >= times) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("serve stopped before logging \"" + text + "\":\n" + seen);
      }
      Thread.sleep(20);
    }
    throw new AssertionError(
        "no \"" + text + "\" within " + DEADLINE + ":\n" + Files.readString(log));
  }

  /** A feed whose items all differ, enough of them that indexing takes seconds. */
  private static String manyItems() {
    StringBuilder feed =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Island Hours</title>\n");
    for (int i = 1; i <= ITEMS; i++) {
      feed.append("<item><title>Tide Table ")
          .append(i)
          .append("</title><guid>tide-")
          .append(i)
          .append("</guid><description>");
      for (int s = 0; s < 3; s++) {
        feed.append("On day ")
            .append(i)
            .append(" the gauge at pier ")
            .append(s)
            .append(" read ")
            .append(i * 7 + s)
            .append(" centimetres above chart datum at high water. ");
      }
      feed.append("</description></item>\n");
    }
    return feed.append("</channel></rss>\n").toString();
  }
}
