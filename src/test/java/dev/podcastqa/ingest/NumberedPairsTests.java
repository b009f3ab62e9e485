package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syntax's transcripts ({@code Syntax321.srt}) and show notes ({@code 321 - avif.md}, {@code
 * number: 321}) side by side in one folder, as a listener who downloads both keeps them (probe35b;
 * SWEEP.md, "Sixth sweep"): one episode each, never two, and never one of two episodes.
 */
class NumberedPairsTests {

  private static final Path PAIR =
      Path.of("src/test/resources/ingest/formats/sixth-sweep/syntax-pair");

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void aTranscriptAndTheShowNotesOfOneEpisodeNumberAreOneEpisode() {
    Corpus corpus = ingester.ingest(List.of(PAIR.toString()));

    assertThat(corpus.episodes())
        .extracting(Episode::title)
        .containsExactlyInAnyOrder(
            "Hasty Treat - Writing Good Commit Messages",
            "Hasty Treat - The New AVIF Image Format Is Unreal");
    Episode avif =
        corpus.episodes().stream().filter(e -> e.title().contains("AVIF")).findFirst().get();
    assertThat(avif.published()).isEqualTo(LocalDate.of(2021, 1, 25));
    assertThat(avif.chapters())
        .extracting(Chapter::startSeconds, Chapter::title)
        .containsExactly(tuple(190, "What is AVIF?"), tuple(653, "How to implement"));
    assertThat(avif.description()).contains("Scott and Wes talk about AVIF");
    Corpus alone = ingester.ingest(List.of(PAIR.resolve("Syntax321.srt").toString()));
    List<Segment> segments = corpus.transcripts().of(avif.id());
    assertThat(segments).isEqualTo(alone.transcripts().of(alone.episodes().get(0).id()));
    assertThat(segments).last().extracting(Segment::startSeconds).isEqualTo(25.92);
    assertThat(avif.sources())
        .extracting(source -> Path.of(source.location()).getFileName().toString())
        .containsExactlyInAnyOrder("321 - avif.md", "Syntax321.srt");
    // no transcript is left to be titled from its file name
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void showNotesNamedWithoutTheNumberPairByTheirFrontMatter() throws IOException {
    copy("Syntax321.srt", "Syntax321.srt");
    copy("321 - avif.md", "avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes())
        .singleElement()
        .satisfies(
            episode -> {
              assertThat(episode.title())
                  .isEqualTo("Hasty Treat - The New AVIF Image Format Is Unreal");
              assertThat(corpus.transcripts().of(episode.id())).isNotEmpty();
            });
  }

  @Test
  void differentNumbersStayApart() throws IOException {
    copy("Syntax305.srt", "Syntax305.srt");
    copy("321 - avif.md", "321 - avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).hasSize(2);
  }

  @Test
  void twoTranscriptsOfOneNumberPairWithNeither() throws IOException {
    copy("Syntax321.srt", "Syntax321.srt");
    copy("Syntax305.srt", "Syntax-321.srt");
    copy("321 - avif.md", "321 - avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).hasSize(3);
  }

  @Test
  void aNameAndFrontMatterThatDisagreeGiveNoNumber() throws IOException {
    copy("Syntax321.srt", "Syntax321.srt");
    copy("305 - commits.md", "321 - commits.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).hasSize(2);
  }

  /**
   * A folder of several shows: the transcript's name says a show the notes never name, so the
   * number alone joins nothing (read37 found Hello Internet #1's notes joined to Shell Game's
   * episode 1).
   */
  @Test
  void aTranscriptNamedForAnotherShowStaysApart() throws IOException {
    copy("Syntax321.srt", "shell-game-episode-321.srt");
    copy("321 - avif.md", "321 - avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).hasSize(2);
  }

  @Test
  void aTranscriptNamedOnlyByItsNumberPairs() throws IOException {
    copy("Syntax321.srt", "episode-321-transcript.srt");
    copy("321 - avif.md", "321 - avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes())
        .singleElement()
        .satisfies(e -> assertThat(e.title()).contains("AVIF"));
  }

  @Test
  void filesInOtherFoldersStayApart() throws IOException {
    Files.createDirectory(folder.resolve("transcripts"));
    Files.createDirectory(folder.resolve("shows"));
    copy("Syntax321.srt", "transcripts/Syntax321.srt");
    copy("321 - avif.md", "shows/321 - avif.md");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).hasSize(2);
  }

  @Test
  void aNameHoldsANumberOnlyWhenItHoldsNoOther() {
    assertThat(NumberedPairs.numberOfName("Syntax321.srt")).hasValue(321);
    assertThat(NumberedPairs.numberOfName("321 - avif.md")).hasValue(321);
    assertThat(NumberedPairs.numberOfName("ep-42_transcript.txt")).hasValue(42);
    assertThat(NumberedPairs.numberOfName("podcasting-2-0-episode-124.srt")).isEmpty();
    assertThat(NumberedPairs.numberOfName("20240614_jiJEy4M-O7g_transcript.txt")).isEmpty();
    assertThat(NumberedPairs.numberOfName("rust-1.58-episode.md")).isEmpty();
    assertThat(NumberedPairs.numberOfName("avif.md")).isEmpty();
  }

  private void copy(String fixture, String as) throws IOException {
    Files.copy(PAIR.resolve(fixture), folder.resolve(as));
  }
}
