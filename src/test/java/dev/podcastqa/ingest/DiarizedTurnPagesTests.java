package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An untimed transcript whose turns carry a diarizer's labels ({@code SPEAKER_00: text}, one turn a
 * line, as WhisperX's text output is written without times) opens with a turn, not a title: the
 * page is titled from its file name and keeps its first turn in the text.
 */
class DiarizedTurnPagesTests {

  private static final String FIXTURE =
      "src/test/resources/ingest/untimed-turns/compilers-ep42.txt";

  @Test
  void aFirstDiarizedTurnIsNoTitle() {
    Corpus corpus = OfflineIngester.create().ingest(List.of(FIXTURE));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Compilers Ep42");
    assertThat(episode.description())
        .startsWith("SPEAKER_00: Welcome back to the show.")
        .contains("SPEAKER_01: Thanks for having me");
  }
}
