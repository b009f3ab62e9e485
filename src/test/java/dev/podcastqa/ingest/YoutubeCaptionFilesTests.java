package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YouTube's caption files as yt-dlp saves them, ingested: json3 and timedtext XML are transcripts,
 * not JSON or XML of no known kind, and a json3 file cut off part-way keeps what comes before the
 * break. The files are real excerpts (sources in the README of src/test/resources/ingest/formats).
 */
class YoutubeCaptionFilesTests {

  private static final String FORMATS = "src/test/resources/ingest/formats/";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void youtubeCaptionFilesAreTranscriptsNotProblemsOfUnknownJsonOrXml() {
    Corpus corpus =
        ingester.ingest(
            List.of(
                FORMATS + "youtube-english-live-asr.json3",
                FORMATS + "youtube-mkbhd-asr.srv3",
                FORMATS + "youtube-me-at-the-zoo.srv1"));

    assertThat(corpus.episodes())
        .extracting(e -> corpus.transcripts().of(e.id()).size())
        .containsExactlyInAnyOrder(9, 2, 6);
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .noneMatch(reason -> reason.contains("neither") || reason.contains("invalid"));
  }

  @Test
  void aJson3FileCutOffPartWayKeepsItsEventsBeforeTheBreak(@TempDir Path folder)
      throws IOException {
    String content = Files.readString(Path.of(FORMATS + "youtube-english-live-asr.json3"));
    Path cut = folder.resolve("live.en.json3");
    Files.writeString(cut, content.substring(0, content.indexOf("\"tStartMs\": 60300")));

    Corpus corpus = ingester.ingest(List.of(cut.toString()));

    assertThat(corpus.episodes()).hasSize(1);
    assertThat(corpus.transcripts().of(corpus.episodes().get(0).id()))
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 16.16, 35.91, 55.739);
    assertThat(corpus.problems())
        .filteredOn(p -> p.line() == 993)
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).endsWith("; the events after it are lost"));
  }
}
