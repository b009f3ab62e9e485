package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.LogCapture;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two services on one data folder, as two {@code serve} processes (in one JVM, each with its own
 * pipeline, follower and web app): the first holds the index's write lock, follows the feeds and
 * announces; the second opens the index read-only, fetches and announces nothing, and answers from
 * what the first indexed, its episode list kept in line with the copies the first keeps.
 */
class TwoServicesOnOneFolderTests {

  private static final String PUFFINS =
      "How many puffin burrows did the wardens count on Mingulay?";
  private static final String PEAT = "When do they cut the peat on Lewis, and with what spade?";

  @TempDir Path dir;

  private final ChangingFeedServer server = ChangingFeedServer.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void onlyTheWritingServiceFollowsAndAnnouncesAndTheOtherAnswersWhatItIndexed() throws Exception {
    server.serve("feed-two.xml");
    FollowedService.copy("episodes/harbour.vtt", dir.resolve("episodes"));
    FollowedService.copy("episodes/harbour.json", dir.resolve("episodes"));
    try (FakeDiscord discord = FakeDiscord.start()) {
      Map<Setting, String> settings =
          Map.of(
              Setting.DISCORD_WEBHOOK_URL,
              discord.webhookUrl(),
              Setting.PUBLIC_URL,
              "https://podcasts.example");
      try (FollowedService writing = FollowedService.open(dir, server.feedUrl(), settings);
          LogCapture log = new LogCapture(Follower.class);
          FollowedService reading = FollowedService.open(dir, server.feedUrl(), settings)) {
        assertThat(writing.pipeline().store().readOnly()).isFalse();
        assertThat(reading.pipeline().store().readOnly()).isTrue();
        writing.follower().start();
        reading.follower().start();
        assertThat(log.lines(Level.INFO))
            .filteredOn(line -> line.contains("through the copies the process writing the index"))
            .hasSize(1);

        writing.refresh();
        server.clearRequests();
        awaitCited(reading, PEAT, "The Peat Cutters");

        server.serve("feed-three.xml");
        assertThat(writing.refresh().added()).containsExactly("the-puffin-counter");
        server.clearRequests();
        awaitCited(reading, PUFFINS, "The Puffin Counter");
        assertThat(reading.refresh().polled()).isZero();
        assertThat(server.requests()).as("the reading service fetches nothing").isEmpty();

        server.serve("feed-two.xml");
        assertThat(writing.refresh().removed()).containsExactly("the-puffin-counter");
        awaitNotCited(reading, PUFFINS, "The Puffin Counter");
        assertThat(discord.take().path()).isNotBlank();
        assertThat(discord.quietFor(Duration.ofMillis(500))).isTrue();
        assertThat(log.warnings()).isEmpty();
      }
      // Restarted, in the other order: what was announced is not announced again.
      try (FollowedService nowWriting = FollowedService.open(dir, server.feedUrl(), settings);
          FollowedService nowReading = FollowedService.open(dir, server.feedUrl(), settings)) {
        assertThat(nowReading.pipeline().store().readOnly()).isTrue();
        nowWriting.follower().start();
        nowReading.follower().start();
        server.serve("feed-three.xml");
        assertThat(nowWriting.refresh().added()).containsExactly("the-puffin-counter");
        awaitCited(nowReading, PUFFINS, "The Puffin Counter");
        assertThat(discord.quietFor(Duration.ofMillis(500))).isTrue();
      }

      assertThat(discord.received()).hasSize(1);
      assertThat(discord.received().get(0).json().path("content").asText())
          .startsWith(
              "New episode: [The Puffin Counter]"
                  + "(https://podcasts.example/episodes/the-puffin-counter)");
    }
  }

  @Test
  void aCopyAnotherWriterKeptIsIndexedAtTheNextLookWithoutAPoll() throws Exception {
    // Two processes that both write (two serve on one Elasticsearch store and one data folder)
    // share the feeds' state: the one whose poll is not due takes the other's new copy from disk.
    server.serve("feed-two.xml");
    try (FollowedService service = FollowedService.open(dir, server.feedUrl(), Map.of())) {
      service.refresh();
      server.clearRequests();

      FeedStore elsewhere = new FeedStore(dir.resolve("index/follow"), Json.newMapper());
      String body = Files.readString(Path.of("src/test/resources/follow/feed-three.xml"));
      FeedState state = elsewhere.state(server.feedUrl());
      elsewhere.saveBody(server.feedUrl(), body);
      Instant now = Instant.now();
      elsewhere.save(
          state.changed(
              now,
              new FeedFetch.Got(true, body, "\"elsewhere\"", null),
              FeedStore.digest(body),
              List.of(),
              now.plus(Duration.ofMinutes(15))));
      service.follower().start();

      long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!service.citedTitles(PUFFINS).contains("The Puffin Counter")) {
        assertThat(System.nanoTime()).as("cited within 30 s").isLessThan(end);
        pause();
      }
      assertThat(server.requests())
          .as("the feed is not polled, its transcripts are fetched")
          .noneMatch(r -> r.startsWith("/feed.xml"));
    }
  }

  /** Looks again until {@code service} cites {@code title} for {@code question}, never failing. */
  private static void awaitCited(FollowedService service, String question, String title) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!cites(service, question, title)) {
      assertThat(System.nanoTime()).as("%s cited within 30 s", title).isLessThan(end);
      pause();
    }
  }

  private static void awaitNotCited(FollowedService service, String question, String title) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (cites(service, question, title)) {
      assertThat(System.nanoTime()).as("%s gone within 30 s", title).isLessThan(end);
      pause();
    }
  }

  /** Looks again, then asks: the answer never fails, whatever the index holds meanwhile. */
  private static boolean cites(FollowedService service, String question, String title) {
    service.refresh();
    HttpResponse<String> answer =
        service.post("/api/chat", "{\"question\":\"" + question.replace("\"", "\\\"") + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().contains("\"episodeTitle\":\"" + title + "\"");
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
