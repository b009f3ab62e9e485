package dev.podcastqa.follow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed feed's audio-only item is transcribed by an OpenAI-compatible endpoint faked on
 * loopback: its segments answer with timed citations, the answer is kept so a restart does not
 * transcribe again, and a failing endpoint leaves the episode its show notes and shows why.
 */
class FeedTranscriptionTests {

  private static final String KELP = "What is the kelp on Tiree spread on after the autumn storms?";

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

  @Test
  void audioOnlyItemIsTranscribedAndAnswersWithTheSegmentsSecond() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    try (FollowedService service = open()) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");

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
    }
  }

  @Test
  void restartReadsTheKeptTranscriptionWithoutCallingTheEndpointAgain() {
    feed.serve("feed-audio-only.xml");
    feed.putAudio("seaweed.mp3", audio);
    whisper.answerWith("seaweed.json");
    try (FollowedService service = open()) {
      service.refresh();
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
        LogCapture log = new LogCapture(Follower.class)) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");

      JsonNode status = service.get("/api/feeds").path("feeds").get(0);
      assertThat(status.path("episodes").asInt()).isEqualTo(1);
      assertThat(status.path("withoutTranscript").asInt()).isEqualTo(1);
      assertThat(status.path("problems").toString())
          .contains("transcription failed: HTTP 500 from " + whisper.baseUrl())
          .contains("model not loaded");
      assertThat(service.get("/api/episodes/the-seaweed-harvest").toString())
          .contains("A day on the shore with the crofters.");
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
        LogCapture log = new LogCapture(Follower.class)) {
      assertThat(service.refresh().added()).containsExactly("the-seaweed-harvest");

      assertThat(whisper.requests()).isEmpty();
      FeedStatus status = service.follower().feeds().get(0);
      assertThat(status.withoutTranscript()).isEqualTo(1);
      assertThat(status.problems()).anyMatch(p -> p.contains("larger than 1 MB"));
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
