package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
