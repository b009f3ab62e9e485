package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.page.PageReader;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Show notes whose body is a list of {@code [hh:mm:ss] Title} chapter lines are a page, not a
 * transcript; a transcript with a labelled header stays a transcript.
 */
class ShowNotesOrTranscriptTests {

  private static final Path FIXTURES = Path.of("src/test/resources/ingest/show-notes");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @TempDir Path folder;

  @Test
  void benchShowNotesWithChapterLinesKeepTheirTitleAndChapters() throws IOException {
    Files.copy(FIXTURES.resolve("bench-episode.txt"), folder.resolve("e000000.txt"));

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo("Ep. 1: What Bergen teaches us about negotiation tactics");
    assertThat(episode.podcast()).isEqualTo("The Long Signal");
    assertThat(episode.durationSeconds()).isEqualTo(2 * 3600 + 24 * 60 + 32);
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
    assertThat(episode.sources()).extracting(Source::format).doesNotContain("text-transcript");
    List<Chapter> chapters = episode.chapters();
    assertThat(chapters).hasSize(20);
    assertThat(chapters.get(0).startSeconds()).isZero();
    assertThat(chapters.get(0).title()).isEqualTo("Negotiation tactics in practice");
    assertThat(chapters.get(19).startSeconds()).isEqualTo(2 * 3600 + 17 * 60 + 19);
    assertThat(chapters.get(19).title()).isEqualTo("Open problems in child development");
  }

  @Test
  void transcriptUnderALabelledHeaderIsNotTakenForShowNotes() throws IOException {
    String transcript = Files.readString(FIXTURES.resolve("transcript-with-header.txt"));

    assertThat(new PageReader().isShowNotes(SourceText.of("talk.txt", transcript))).isFalse();
  }

  @Test
  void benchShowNotesAreTakenForShowNotes() throws IOException {
    String notes = Files.readString(FIXTURES.resolve("bench-episode.txt"));

    assertThat(new PageReader().isShowNotes(SourceText.of("e000000.txt", notes))).isTrue();
  }

  private Corpus ingest() {
    Ingester ingester = Ingester.reading(OFFLINE, Json.newMapper());
    return ingester.ingest(List.of(folder.toString()));
  }
}
