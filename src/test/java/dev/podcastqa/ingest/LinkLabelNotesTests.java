package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Show notes whose chapter lines open with a link and a colon ({@code [00:05:12]
 * [Systemd](https://systemd.io): ...}) are chapters: the link's text, even used twice, is no
 * speaker and the notes no transcript.
 */
class LinkLabelNotesTests {

  private static final Path FIXTURES = Path.of("src/test/resources/ingest/link-labels");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @TempDir Path folder;

  @Test
  void markdownLinkTextBeforeAColonIsNoSpeaker() throws IOException {
    Episode episode = only("init-systems.md");

    assertThat(episode.chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 312, 600, 1200);
    assertThat(episode.chapters().get(1).title())
        .isEqualTo("Systemd \u2013 Lennart explains the design.");
  }

  @Test
  void htmlLinkTextBeforeAColonIsNoSpeaker() throws IOException {
    Episode episode = only("init-systems.html");

    assertThat(episode.chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 312, 600, 1200);
    assertThat(episode.chapters().get(3).title()).isEqualTo("Systemd \u2013 Apple's launchd.");
  }

  private Episode only(String fixture) throws IOException {
    Files.copy(FIXTURES.resolve(fixture), folder.resolve(fixture));
    Corpus corpus = Ingester.reading(OFFLINE, Json.newMapper()).ingest(List.of(folder.toString()));
    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
    return episode;
  }
}
