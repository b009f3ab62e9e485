package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed feed's audio-only item is transcribed by an OpenAI-compatible endpoint faked on
 * loopback, off the index's writer thread: the item is answerable from its show notes at once and
 * with the segments' seconds once the transcription ends, a slow one holds back no other feed nor a
 * refresh, the answer is kept so a restart does not transcribe again, and a failing endpoint leaves
 * the episode its show notes and shows why.
 */
class FeedTranscriptionTests {

  private static final String KELP = "What is the kelp on Tiree spread on after the autumn storms?";
  private static final String PUFFINS =
      "How many puffin burrows did the wardens count on Mingulay?";

  /** How long a test waits for the update a transcription brings. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final ChangingFeedServer feed = ChangingFeedServer.start();
  private final FakeTranscriptionServer whisper = FakeTranscriptionServer.start();
  private final byte[] audio = audio();

  @AfterEach
  void stopServers() {
    feed.close();
    whisper.close();
  }

  private static byte[] audio() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    System.arraycopy("ID3".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 3);
    return bytes;
  }

  private FollowedService open() {
    return FollowedService.open(
        dir, feed.feedUrl(), Map.of(Setting.TRANSCRIBE_URL, whisper.baseUrl()));
  }

  /** Polls {@code condition} every 50 ms until it holds; fails naming {@code what} after WAIT. */
  private static void awaitThat(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + what, e);
      }
    }
  }

  /** Whether the kelp question cites the seaweed episode at its transcribed second. */
  private static boolean citesTheTranscribedSecond(FollowedService service) {
    return service.chat(KELP).path("citations").findValuesAsText("startSeconds").contains("843");
  }

  @Test
  void audioOnlyItemIsTranscribedAndAnswersWithTheSegmentsSecond() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    try (FollowedService service = open()) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");
      awaitThat("the transcribed segments answer", () -> citesTheTranscribedSecond(service));

      assertThat(whisper.requests()).hasSize(1);
      FakeTranscriptionServer.Request request = whisper.requests().get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
      String form = new String(request.body(), StandardCharsets.ISO_8859_1);
      assertThat(form)
          .contains("name=\"response_format\"\r\n\r\nverbose_json\r\n")
          .contains("name=\"model\"\r\n\r\nwhisper-1\r\n")
          .contains("name=\"file\"; filename=\"seaweed.mp3\"")
          .contains(new String(audio, StandardCharsets.ISO_8859_1));
      JsonNode citation = service.chat(KELP).path("citations").get(0);
      assertThat(citation.path("episodeTitle").asText()).isEqualTo("The Seaweed Harvest");
      assertThat(citation.path("startSeconds").asInt()).isEqualTo(843);
      assertThat(citation.path("quote").asText()).contains("machair");
      assertThat(service.follower().feeds().get(0).withoutTranscript()).isZero();
      assertThat(service.follower().feeds().get(0).problems()).isEmpty();
    }
  }

  @Test
  void restartReadsTheKeptTranscriptionWithoutCallingTheEndpointAgain() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    try (FollowedService service = open()) {
      service.refresh();
      awaitThat("the transcribed segments answer", () -> citesTheTranscribedSecond(service));
    }
    assertThat(whisper.requests()).hasSize(1);

    try (FollowedService again = open()) {
      again.refresh();
      JsonNode citation = again.chat(KELP).path("citations").get(0);
      assertThat(citation.path("episodeTitle").asText()).isEqualTo("The Seaweed Harvest");
      assertThat(citation.path("startSeconds").asInt()).isEqualTo(843);
    }
    assertThat(whisper.requests()).as("the kept answer is read, not asked again").hasSize(1);
    assertThat(feed.requests()).containsOnlyOnce("/audio/seaweed.mp3 200");
  }

  @Test
  void failingTranscriptionKeepsTheShowNotesAndShowsTheError() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.failWith(500, "{\"error\": {\"message\": \"model not loaded\"}}");
    try (FollowedService service = open();
        LogCapture log = LogCapture.silencing(Follower.class)) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");
      awaitThat(
          "the failure shows in /api/feeds",
          () -> service.get("/api/feeds").toString().contains("transcription failed"));

      JsonNode status = service.get("/api/feeds").path("feeds").get(0);
      assertThat(status.path("episodes").asInt()).isEqualTo(1);
      assertThat(status.path("withoutTranscript").asInt()).isEqualTo(1);
      assertThat(status.path("problems").toString())
          .contains("transcription failed: HTTP 500 from " + whisper.baseUrl())
          .contains("model not loaded");
      assertThat(service.get("/api/episodes/the-seaweed-harvest").toString())
          .contains("A day on the shore with the crofters.");
      assertThat(service.citedTitles("What did they do on the shore with the crofters?"))
          .contains("The Seaweed Harvest");
      assertThat(whisper.requests()).as("the failure is not asked again at once").hasSize(1);
      assertThat(log.warnings())
          .filteredOn(line -> line.contains("Transcribing"))
          .singleElement()
          .asString()
          .contains("seaweed.mp3")
          .contains("HTTP 500");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void audioOverTheFileLimitIsNotSentAndTheEpisodeKeepsItsShowNotes() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", new byte[2 * 1024 * 1024]);
    whisper.answerWith("seaweed.json");
    try (FollowedService service =
            FollowedService.open(
                dir,
                feed.feedUrl(),
                Map.of(Setting.TRANSCRIBE_URL, whisper.baseUrl(), Setting.MAX_FILE_MB, "1"));
        LogCapture log = LogCapture.silencing(Follower.class)) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");
      awaitThat(
          "the refused audio shows in the feed's problems",
          () ->
              service.follower().feeds().get(0).problems().stream()
                  .anyMatch(p -> p.contains("larger than 1 MB")));

      assertThat(whisper.requests()).isEmpty();
      FeedStatus status = service.follower().feeds().get(0);
      assertThat(status.withoutTranscript()).isEqualTo(1);
      assertThat(status.problems()).anyMatch(p -> p.contains("larger than 1 MB"));
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void slowTranscriptionHoldsBackNeitherAnotherFeedsNewItemNorARefresh() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    whisper.hold();
    try (ChangingFeedServer other = ChangingFeedServer.start()) {
      other.serve("feed-two.xml");
      String feeds = feed.feedUrl() + "," + other.feedUrl();
      try (FollowedService service =
          FollowedService.open(dir, feeds, Map.of(Setting.TRANSCRIBE_URL, whisper.baseUrl()))) {
        assertThat(service.refresh().added()).contains("the-seaweed-harvest").hasSize(3);
        awaitThat("the audio reaches the endpoint", () -> whisper.requests().size() == 1);
        assertThat(service.follower().feeds().get(0).problems())
            .singleElement()
            .asString()
            .contains("seaweed.mp3 is under way");

        other.serve("feed-three.xml");
        assertThat(service.refresh().added()).containsExactly("the-puffin-counter");
        assertThat(service.citedTitles(PUFFINS)).contains("The Puffin Counter");
        assertThat(citesTheTranscribedSecond(service)).isFalse();
        assertThat(whisper.answered()).as("the transcription is still under way").isZero();

        whisper.release();
        awaitThat("the transcribed segments answer", () -> citesTheTranscribedSecond(service));
        assertThat(whisper.requests()).as("one transcription per item").hasSize(1);
      }
    }
  }

  @Test
  void closingStopsATranscriptionUnderWayWithinItsDeadline() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    whisper.hold();
    try (LogCapture log = LogCapture.silencing(Follower.class)) {
      FollowedService service = open();
      service.refresh();
      awaitThat("the audio reaches the endpoint", () -> whisper.requests().size() == 1);

      long started = System.nanoTime();
      service.close();
      Duration closing = Duration.ofNanos(System.nanoTime() - started);

      assertThat(closing).isLessThan(TranscriptionQueue.CLOSE_WAIT.plusSeconds(5));
      assertThat(whisper.answered()).isZero();
      assertThat(log.warnings())
          .filteredOn(line -> line.contains("Transcribing"))
          .singleElement()
          .asString()
          .contains("interrupted");
      assertThat(log.withStackTraces()).isEmpty();
    }
  }

  @Test
  void withoutAnEndpointTheAudioOnlyItemIsCountedWithoutTranscript() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    try (FollowedService service = FollowedService.open(dir, feed.feedUrl(), Map.of())) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");

      JsonNode status = service.get("/api/feeds").path("feeds").get(0);
      assertThat(status.path("withoutTranscript").asInt()).isEqualTo(1);
      assertThat(whisper.requests()).isEmpty();
      assertThat(feed.requests()).noneMatch(request -> request.startsWith("/audio/"));
    }
  }
}
