package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Changelog's transcripts as willtheorangeguy/Changelog-Transcripts republishes them, saved as
 * {@code .txt} (SWEEP.md): Markdown turns ({@code **Mat Ryder:** \[08:11\] Well, ...}) in a file
 * whose name does not say Markdown. Read as plain text, no name and no time was found.
 */
class BoldTurnTranscriptsTests {

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void aTextFileOfBoldNamedTurnsIsReadAsMarkdownWithItsNamesAndTimes() {
    Corpus corpus =
        ingester.ingest(
            List.of(
                "src/test/resources/ingest/formats/changelog-backstage-graphql_transcript.txt"));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(turns).hasSize(13);
    assertThat(turns.get(0).speaker()).isEqualTo("Jerold Santo");
    assertThat(turns.get(0).startSeconds()).isZero();
    assertThat(turns.get(0).text()).startsWith("Alright, you are backstage with Jerold");
    assertThat(turns)
        .anySatisfy(
            turn -> {
              assertThat(turn.speaker()).isEqualTo("Mat Ryder");
              assertThat(turn.startSeconds()).isEqualTo(491);
              assertThat(turn.text()).startsWith("Well, it's definitely something");
            });
    assertThat(turns).noneMatch(turn -> turn.text().contains("**") || turn.text().contains("\\["));
  }
}
