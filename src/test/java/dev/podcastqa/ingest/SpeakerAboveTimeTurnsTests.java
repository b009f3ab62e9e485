package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diarized transcript whose speaker stands on its own bold line above its timed paragraphs
 * ({@code **SPEAKER_00:**}, then {@code [00:02] text}), as stratomercata/stratomercata-transcripts'
 * AssemblyAI-then-Opus outputs write two of their three layouts (probe36a). Read as a page, every
 * paragraph became a chapter titled with its whole text, the first label the episode's title.
 */
class SpeakerAboveTimeTurnsTests {

  /** Excerpt of the real file (formats/README.md): 10 labels above 12 timed paragraphs. */
  private static final String STRATO =
      "src/test/resources/ingest/formats/stratomercata-episode002-speaker-above.md";

  private static final String TRANSCRIPT =
      """
      **SPEAKER_00:**
      [00:00] All right, well, welcome back, everybody. The first episode got a good reception.

      [00:24] So anyway, we're back for another episode. I'm the host, here with my co-founders.

      **SPEAKER_01:**
      [00:35] Oh, okay. I'm the co-founder and chief product officer of the company.

      **SPEAKER_02:**
      [00:40] I'm the CTO and the other co-founder of the company.

      **SPEAKER_00:**
      [00:47] All right, thank you. I believe we ended the last episode with the launch.

      **SPEAKER_01:**
      [01:08] The first hackathon was in June 2015, in a loft in Brooklyn, I believe.
      """;

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void boldSpeakerLinesAboveTimedParagraphsAreTurnsNotChapters() throws IOException {
    Path file = folder.resolve("episode002_assemblyai_opus.md");
    Files.writeString(file, TRANSCRIPT);

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(episode.chapters()).isEmpty();
    assertThat(episode.title()).isNotEqualTo("SPEAKER_00:");
    assertThat(turns).hasSize(6);
    assertThat(turns.get(5).startSeconds()).isEqualTo(68);
    assertThat(turns.get(5).text()).startsWith("The first hackathon was in June 2015");
    assertThat(turns.get(5).speaker()).isEqualTo("SPEAKER_01");
  }

  @Test
  void theRealFileIsReadAsTurnsEachTimedParagraphUnderItsLabel() {
    Corpus corpus = ingester.ingest(List.of(STRATO));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(episode.chapters()).isEmpty();
    assertThat(episode.title()).isEqualTo("Stratomercata Episode002 Speaker Above");
    assertThat(episode.sources().get(0).format()).isEqualTo("markdown-transcript");
    assertThat(turns)
        .extracting(Segment::startSeconds, Segment::speaker)
        .startsWith(
            tuple(0.0, "SPEAKER_00"),
            tuple(24.0, "SPEAKER_00"),
            tuple(35.0, "SPEAKER_01"),
            tuple(40.0, "SPEAKER_02"));
    assertThat(turns).hasSize(12).noneMatch(t -> t.text().contains("SPEAKER"));
    // "[01:44] Think it was Water Inn." is SPEAKER_00 finishing SPEAKER_01's sentence
    assertThat(turns.get(7).startSeconds()).isEqualTo(104.0);
    assertThat(turns.get(7).speaker()).isEqualTo("SPEAKER_00");
    assertThat(turns.get(7).text())
        .isEqualTo("Think it was Water Inn. It was called Green Desks," + " maybe Green Ducks.");
    assertThat(turns.get(11).speaker()).isEqualTo("SPEAKER_02");
  }

  @Test
  void aLabelAcrossOneBlankLineStillLabelsTheParagraphsUnderIt() throws IOException {
    Path file = folder.resolve("spaced.md");
    Files.writeString(file, TRANSCRIPT.replace(":**\n[", ":**\n\n["));

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    List<Segment> turns = corpus.transcripts().of(corpus.episodes().get(0).id());
    assertThat(turns)
        .extracting(Segment::speaker)
        .containsExactly(
            "SPEAKER_00", "SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "SPEAKER_00", "SPEAKER_01");
  }

  @Test
  void oneListLabelAboveAShowPagesTimestampsLabelsNothing() throws IOException {
    Path file = folder.resolve("notes.md");
    Files.writeString(
        file,
        """
        # Episode 12: How Cities Flood

        We talk about storm drains, sea walls and the people who keep them working.

        **Timestamps:**
        [00:00] Introduction
        [04:10] Why storm drains fail
        [19:45] Sea walls and their limits
        [41:30] Who pays for it
        """);

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Episode 12: How Cities Flood");
    assertThat(episode.chapters()).extracting(c -> c.title()).contains("Why storm drains fail");
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
  }
}
