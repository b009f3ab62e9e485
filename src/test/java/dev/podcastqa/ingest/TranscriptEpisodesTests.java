package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts as episodes of their own (titled from their header or file name), Markdown with front
 * matter, and {@code NAME.meta.json} sidecars, read from real folders.
 */
class TranscriptEpisodesTests {

  private static final Path SHAPES = Path.of("src/test/resources/transcripts/shapes");
  private static final Path TRANSCRIPTS = Path.of("src/test/resources/transcripts");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @TempDir Path folder;

  private final Ingester ingester = newIngester();

  private static Ingester newIngester() {
    return Ingester.reading(OFFLINE, Json.newMapper());
  }

  @Test
  void transcriptAloneIsAnEpisodeTitledFromItsFileNameWithAProblemSayingHowToNameIt()
      throws IOException {
    copy(SHAPES.resolve("lex_fridman-podcast_ep-412.srt"), "lex_fridman-podcast_ep-412.srt");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes())
        .extracting(Episode::title)
        .containsExactly("Lex Fridman Podcast Ep 412");
    assertThat(corpus.transcripts().of(corpus.episodes().get(0).id())).hasSize(2);
    assertThat(corpus.problems())
        .extracting(Problem::toString)
        .containsExactly(
            at("lex_fridman-podcast_ep-412.srt")
                + ": no title in the transcript, so it is titled \"Lex Fridman Podcast Ep 412\""
                + " from its file name; to name it, put a Title: line at its top, or a sidecar"
                + " NAME.meta.json with a \"title\" beside it");
  }

  @Test
  void transcriptWithATitleLineIsAnEpisodeWithNoProblem() throws IOException {
    copy(SHAPES.resolve("bracketed-time-then-speaker.txt"), "ep.txt");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("How Cities Flood");
    assertThat(episode.podcast()).isEqualTo("The Harbor Hour");
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::speaker)
        .containsOnly("Jane Doe", "Omar Haddad");
  }

  @Test
  void metaJsonSidecarNamesTheJsonTranscriptOfTheSameName() throws IOException {
    copy(TRANSCRIPTS.resolve("segments.json"), "ep.json");
    Files.writeString(
        folder.resolve("ep.meta.json"), "{\"title\": \"Segments Live\", \"podcast\": \"Demo\"}");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Segments Live");
    assertThat(episode.podcast()).isEqualTo("Demo");
    assertThat(corpus.transcripts().of(episode.id())).isNotEmpty();
    assertThat(episode.sources())
        .containsExactly(
            new Source(at("ep.json"), "podcast-json-transcript"),
            new Source(at("ep.meta.json"), "sidecar"));
  }

  @Test
  void markdownTranscriptTakesItsFrontMatterAndItsLastTurnEndsAtTheDuration() throws IOException {
    copy(SHAPES.resolve("harbor-hour-ep-12.md"), "harbor-hour-ep-12.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("How Cities Flood");
    assertThat(episode.podcast()).isEqualTo("The Harbor Hour");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(episode.durationSeconds()).isEqualTo(3900);
    assertThat(episode.sources())
        .containsExactly(new Source(at("harbor-hour-ep-12.md"), "markdown-transcript"));
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::startSeconds, Segment::endSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, 9.0, "Jane Doe"),
            tuple(9.0, 238.0, "Omar Haddad"),
            tuple(238.0, 3723.0, "Jane Doe"),
            tuple(3723.0, 3900.0, "Omar Haddad"));
    assertThat(corpus.transcripts().of(episode.id()).get(0).text())
        .isEqualTo("Welcome back to the Harbor Hour. My guest today studies how cities flood.");
    assertThat(episode.description()).isEmpty();
  }

  @Test
  void markdownWithoutTimestampsIsANotesPageTitledByItsFrontMatter() throws IOException {
    copy(SHAPES.resolve("notes.md"), "notes.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Tide Pools, Explained");
    assertThat(episode.podcast()).isEqualTo("Signal and Noise");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2023, 7, 14));
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
    assertThat(episode.description())
        .contains("animals that live between the tides, and why they survive")
        .doesNotContain("published", "2023-07-14", "**");
  }

  @Test
  void showNotesPageWithChapterLinesStaysAPageWithItsTitleAndChapters() throws IOException {
    copy(SHAPES.resolve("show-notes.txt"), "e000000.txt");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo("Ep. 1: What Bergen teaches us about negotiation tactics");
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
    assertThat(episode.chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 446, 890, 1322, 1765);
  }

  @Test
  void fileNameIsMadeReadableWithoutItsExtensionOrLanguageTag() {
    assertThat(FileNameTitles.readableName("lex_fridman-podcast_ep-412.vtt"))
        .isEqualTo("Lex Fridman Podcast Ep 412");
    assertThat(FileNameTitles.readableName("rust-at-scale.en.vtt")).isEqualTo("Rust At Scale");
    assertThat(FileNameTitles.readableName("ep.meta.json")).isEqualTo("Ep");
  }

  private void copy(Path from, String as) throws IOException {
    Files.copy(from, folder.resolve(as));
  }

  private String at(String name) {
    return folder.resolve(name).toString();
  }
}
