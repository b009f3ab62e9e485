package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.FakeDiscord;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.Refusals;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service follows a feed on a loopback server that changes between polls: new items become
 * answerable after one poll, removed ones disappear, an unchanged feed costs a 304, and a feed that
 * fails keeps its episodes and shows why.
 */
class FeedFollowingTests {

  private static final String PUFFINS =
      "How many puffin burrows did the wardens count on Mingulay?";
  private static final String PEAT = "When do they cut the peat on Lewis, and with what spade?";

  @TempDir Path dir;

  private final ChangingFeedServer server = ChangingFeedServer.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private FollowedService open() {
    FollowedService.copy("episodes/harbour.vtt", dir.resolve("episodes"));
    FollowedService.copy("episodes/harbour.json", dir.resolve("episodes"));
    return FollowedService.open(dir, server.feedUrl(), Map.of(Setting.MAX_FILE_MB, "5"));
  }

  @Test
  void newItemWithVttTranscriptIsAnsweredWithItsSecondAfterOnePoll() {
    server.serve("feed-two.xml");
    try (FollowedService service = open()) {
      assertThat(service.refresh().added()).hasSize(2);
      assertThat(service.citedTitles(PUFFINS)).doesNotContain("The Puffin Counter");

      server.serve("feed-three.xml");
      Feeds.Refreshed refreshed = service.refresh();

      assertThat(refreshed.changed()).isEqualTo(1);
      assertThat(refreshed.added()).containsExactly("the-puffin-counter");
      JsonNode answer = service.chat(PUFFINS);
      assertThat(answer.path("answered").asBoolean()).isTrue();
      JsonNode citation = answer.path("citations").get(0);
      assertThat(citation.path("episodeTitle").asText()).isEqualTo("The Puffin Counter");
      assertThat(citation.path("startSeconds").asInt()).isEqualTo(725);
      assertThat(citation.path("quote").asText()).contains("eleven thousand four hundred");
    }
  }

  @Test
  void adminRefreshNeedsTheTokenThenPollsAtOnce() {
    server.serve("feed-two.xml");
    FollowedService.copy("episodes/harbour.vtt", dir.resolve("episodes"));
    try (FollowedService service =
        FollowedService.open(dir, server.feedUrl(), Map.of(Setting.ADMIN_TOKEN, "s3cret"))) {
      try (LogCapture log = Refusals.capture()) {
        HttpResponse<String> refused = service.post("/api/admin/refresh", "");
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong =
            service.send(
                HttpRequest.newBuilder(service.uri("/api/admin/refresh"))
                    .header("Authorization", "Bearer s3cre7")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        String unauthorized = Refusals.line(401, "POST /api/admin/refresh", "unauthorized");
        Refusals.assertLogged(log, unauthorized, unauthorized);
      }
      assertThat(server.requests()).isEmpty();

      HttpResponse<String> done =
          service.send(
              HttpRequest.newBuilder(service.uri("/api/admin/refresh"))
                  .header("Authorization", "Bearer s3cret")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());

      assertThat(done.statusCode()).isEqualTo(200);
      assertThat(done.body())
          .contains("\"added\":[\"the-lighthouse-keeper\",\"the-peat-cutters\"]");
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");
    }
  }

  @Test
  void adminRefreshOutlastingItsWaitAnswers503WithRetryAfterAndFinishesInTheBackground() {
    server.serve("feed-two.xml");
    server.holdTranscripts();
    Map<Setting, String> settings =
        Map.of(Setting.ADMIN_TOKEN, "s3cret", Setting.REFRESH_WAIT_SECONDS, "1");
    try (FollowedService service = FollowedService.open(dir, server.feedUrl(), settings);
        LogCapture log = LogCapture.silencing("dev.podcastqa.web.FeedsController")) {
      HttpResponse<String> pending =
          service.send(
              HttpRequest.newBuilder(service.uri("/api/admin/refresh"))
                  .header("Authorization", "Bearer s3cret")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());

      assertThat(pending.statusCode()).isEqualTo(503);
      assertThat(pending.headers().firstValue("Retry-After")).contains("1");
      assertThat(pending.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(pending.body()).contains("\"error\":\"refresh_pending\"");
      assertThat(log.lines(Level.INFO)).singleElement().asString().contains("still runs after 1 s");

      server.release();
      refreshWithin(service, Duration.ofSeconds(60));
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");
    }
  }

  /** Refreshes until a refresh returns within its wait (those queued behind an update wait too). */
  private static void refreshWithin(FollowedService service, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      try {
        service.refresh();
        return;
      } catch (RefreshPendingException e) {
        assertThat(System.nanoTime()).as("refreshed within %s", deadline).isLessThan(end);
      }
    }
  }

  @Test
  void newEpisodeIsAnnouncedOnceAndNeverAgainAfterARestart() throws Exception {
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
      try (FollowedService service = FollowedService.open(dir, server.feedUrl(), settings)) {
        service.refresh();
        assertThat(discord.received()).as("the back catalogue is not announced").isEmpty();

        server.serve("feed-three.xml");
        service.refresh();
        service.refresh();
      }
      try (FollowedService restarted = FollowedService.open(dir, server.feedUrl(), settings)) {
        restarted.follower().start();
        restarted.refresh();
      }

      assertThat(discord.received()).hasSize(1);
      String content = discord.received().get(0).json().path("content").asText();
      assertThat(content)
          .startsWith(
              "New episode: [The Puffin Counter]"
                  + "(https://podcasts.example/episodes/the-puffin-counter)")
          .contains("Island Hours · 2026-11-16");
    }
  }

  @Test
  void unchangedFeedCostsOne304AndNoParsing() {
    server.serve("feed-two.xml");
    try (FollowedService service = open()) {
      service.refresh();
      server.clearRequests();

      Feeds.Refreshed refreshed = service.refresh();

      assertThat(server.requests()).containsExactly("/feed.xml 304");
      assertThat(refreshed.changed()).isZero();
      assertThat(refreshed.added()).isEmpty();
      FeedStatus feed = service.follower().feeds().get(0);
      assertThat(feed.lastPoll()).isAfter(feed.lastChange());
      assertThat(feed.episodes()).isEqualTo(2);
    }
  }

  @Test
  void failingFeedKeepsItsEpisodesAndShowsTheError() {
    server.serve("feed-two.xml");
    try (FollowedService service = open();
        LogCapture log = LogCapture.silencing(Follower.class)) {
      service.refresh();

      server.failWith(500);
      service.refresh();
      JsonNode feeds = service.get("/api/feeds").path("feeds");
      assertThat(feeds.get(0).path("lastError").asText())
          .isEqualTo("HTTP 500 from " + server.feedUrl());
      assertThat(feeds.get(0).path("episodes").asInt()).isEqualTo(2);
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");
      assertThat(minutesToNextPoll(service))
          .as("backed off: twice 15 min, give or take a tenth")
          .isBetween(27.0, 33.0);

      server.serveText("<html><body>Site under maintenance</body></html>");
      service.refresh();
      JsonNode health = service.get("/health").path("feeds").get(0);
      assertThat(health.path("lastError").asText()).contains("is not an RSS feed");
      assertThat(health.path("episodes").asInt()).isEqualTo(2);
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");

      assertThat(minutesToNextPoll(service))
          .as("four times 15 min after two failures")
          .isBetween(54.0, 66.0);
      server.serve("feed-two.xml");
      service.refresh();
      assertThat(minutesToNextPoll(service)).as("back to 15 min").isBetween(13.5, 16.5);
      assertThat(service.follower().feeds().get(0).lastError()).isNull();
      String feed = "WARN Follower: Feed " + server.feedUrl();
      assertThat(log.lines(Level.WARN))
          .containsExactly(
              feed
                  + " failed (1 in a row), its episodes are kept: HTTP 500 from "
                  + server.feedUrl(),
              feed
                  + " failed (2 in a row), its episodes are kept: the answer from "
                  + server.feedUrl()
                  + " is not an RSS feed");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  private static double minutesToNextPoll(FollowedService service) {
    FeedStatus feed = service.follower().feeds().get(0);
    return Duration.between(feed.lastPoll(), feed.nextPoll()).toMillis() / 60_000.0;
  }

  @Test
  void oversizedTranscriptKeepsTheFeedsOtherEpisodesAndShowsTheProblem() {
    server.serve("feed-huge-transcript.xml");
    try (FollowedService service = open()) {
      Feeds.Refreshed refreshed = service.refresh();

      assertThat(refreshed.added())
          .containsExactlyInAnyOrder(
              "the-ferry-timetable", "the-lighthouse-keeper", "the-peat-cutters");
      FeedStatus feed = service.follower().feeds().get(0);
      assertThat(feed.lastError()).isNull();
      assertThat(feed.withoutTranscript()).isEqualTo(1);
      assertThat(feed.problems())
          .anyMatch(p -> p.contains("huge.vtt") && p.contains("larger than 5 MB"));
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");
    }
  }

  @Test
  void itemRemovedFromTheFeedDisappearsFromAnswers() {
    server.serve("feed-three.xml");
    try (FollowedService service = open()) {
      service.refresh();
      assertThat(service.citedTitles(PEAT)).contains("The Peat Cutters");

      server.serve("feed-without-peat.xml");
      Feeds.Refreshed refreshed = service.refresh();

      assertThat(refreshed.removed()).containsExactly("the-peat-cutters");
      assertThat(service.citedTitles(PEAT)).doesNotContain("The Peat Cutters");
      assertThat(service.pipeline().store().episodeHashes()).doesNotContainKey("the-peat-cutters");
      try (LogCapture log = Refusals.capture()) {
        assertThat(service.get("/api/episodes/the-peat-cutters").path("error").isMissingNode())
            .isFalse();
        Refusals.assertLogged(
            log, Refusals.line(404, "GET /api/episodes/the-peat-cutters", "episode_not_found"));
      }
    }
  }

  @Test
  void fetchedFilesNoItemLinksAnyMoreArePrunedAndThoseInUseKept() throws IOException {
    server.serve("feed-three.xml");
    try (FollowedService service = open()) {
      service.refresh();
      assertThat(fetchedFiles()).anyMatch(f -> f.contains("cut the peat in May"));
      Files.writeString(dir.resolve("index/follow/files/left-by-a-crash.tmp"), "half");

      server.serve("feed-without-peat.xml");
      service.refresh();

      assertThat(fetchedFiles())
          .hasSize(2)
          .noneMatch(f -> f.contains("cut the peat in May"))
          .anyMatch(f -> f.contains("kept the light on Skerryvore"));
    }
    server.clearRequests();
    try (FollowedService again = FollowedService.open(dir, server.feedUrl(), Map.of())) {
      assertThat(again.pipeline().catalog().find("the-lighthouse-keeper")).isPresent();
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aFolderChangeReadsNeitherTheHeldFeedCopyNorItsLinkedFilesAgain() throws IOException {
    server.serve("feed-two.xml");
    try (FollowedService service = open()) {
      service.refresh();
      Path peat = fetchedFile("cut the peat in May");
      Files.writeString(peat, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nNothing about turf.\n");

      FollowedService.copy("later/weaver.vtt", dir.resolve("episodes"));
      FollowedService.copy("later/weaver.json", dir.resolve("episodes"));
      assertThat(service.refresh().added()).containsExactly("the-weaver-of-harris");

      // Read again, the changed file would have replaced the episode's transcript.
      assertThat(service.pipeline().catalog().transcript("the-peat-cutters"))
          .anyMatch(s -> s.text().contains("cut the peat in May"))
          .noneMatch(s -> s.text().contains("Nothing about turf"));
      assertThat(Files.readString(peat)).contains("Nothing about turf");
    }
  }

  @Test
  void aLinkedTranscriptThatFailedIsFetchedAgainAtTheNextUpdate() throws IOException {
    String feed = Files.readString(Path.of("src/test/resources/follow/feed-two.xml"));
    server.serveText(feed.replace("transcripts/peat.vtt", "transcripts/late.vtt"));
    try (FollowedService service = open()) {
      service.refresh();
      assertThat(service.pipeline().catalog().hasTranscript("the-peat-cutters")).isFalse();

      server.putTranscript(
          "late.vtt", Files.readString(Path.of("src/test/resources/follow/transcripts/peat.vtt")));
      FollowedService.copy("later/weaver.vtt", dir.resolve("episodes"));
      FollowedService.copy("later/weaver.json", dir.resolve("episodes"));
      Feeds.Refreshed refreshed = service.refresh();

      assertThat(refreshed.changed()).isZero();
      assertThat(service.pipeline().catalog().transcript("the-peat-cutters"))
          .anyMatch(s -> s.text().contains("cut the peat in May"));
    }
  }

  /** The fetched file for a feed item that contains {@code text}. */
  private Path fetchedFile(String text) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("index/follow/files"))) {
      for (Path file : files.toList()) {
        if (Files.readString(file).contains(text)) {
          return file;
        }
      }
    }
    throw new AssertionError("no fetched file contains " + text);
  }

  /** The contents of the files fetched for feed items and kept. */
  private List<String> fetchedFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("index/follow/files"))) {
      List<String> contents = new ArrayList<>();
      for (Path file : files.toList()) {
        contents.add(Files.readString(file));
      }
      return contents;
    }
  }

  @Test
  void restartServesTheHeldCopyWithoutFetchingAgain() {
    server.serve("feed-two.xml");
    try (FollowedService service = open()) {
      service.refresh();
    }
    server.clearRequests();

    try (FollowedService again = FollowedService.open(dir, server.feedUrl(), Map.of())) {
      assertThat(again.pipeline().catalog().find("the-peat-cutters")).isPresent();
      assertThat(again.citedTitles(PEAT)).contains("The Peat Cutters");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void fileAddedToTheFolderIsAnsweredAndOneDeletedIsGoneWithoutRestart() throws Exception {
    server.serve("feed-two.xml");
    String weaving = "How long does a weaver on Harris need to weave one bolt of tweed?";
    try (FollowedService service = open()) {
      service.refresh();
      assertThat(service.citedTitles(weaving)).doesNotContain("The Weaver of Harris");

      FollowedService.copy("later/weaver.vtt", dir.resolve("episodes"));
      FollowedService.copy("later/weaver.json", dir.resolve("episodes"));
      assertThat(service.refresh().added()).containsExactly("the-weaver-of-harris");
      assertThat(service.citedTitles(weaving)).contains("The Weaver of Harris");

      java.nio.file.Files.delete(dir.resolve("episodes/weaver.vtt"));
      java.nio.file.Files.delete(dir.resolve("episodes/weaver.json"));
      assertThat(service.refresh().removed()).containsExactly("the-weaver-of-harris");
      assertThat(service.citedTitles(weaving)).doesNotContain("The Weaver of Harris");
    }
  }
}
