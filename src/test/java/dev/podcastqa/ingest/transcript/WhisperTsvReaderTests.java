package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhisperTsvReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  /** The first ten rows of a Harmontown episode Whisper wrote as TSV (SOURCES in README.md). */
  @Test
  void whisperTsvRowsAreSegmentsWithTheirMillisecondTimes() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("ingest/formats/harmontown-100.tsv"), problems::add);

    assertThat(transcript.format()).isEqualTo("whisper-tsv");
    List<Segment> segments = transcript.segments();
    assertThat(segments).hasSize(10);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                0,
                13.32,
                null,
                "The boys watch the girls while the girls watch the boys who watch the girls go"
                    + " by."));
    assertThat(segments.get(5)).isEqualTo(new Segment(42.28, 46.84, null, "Jen Harmon!"));
    assertThat(segments.get(9).startSeconds()).isEqualTo(55.72);
    assertThat(segments.get(9).endSeconds()).isEqualTo(65.72);
    assertThat(problems).isEmpty();
  }

  @Test
  void aRowWithoutTimesIsAProblemNamingItsLineAndTheRowsAfterItAreRead() {
    String tsv = "start\tend\ttext\n0\t1500\tFirst.\nsoon\t3000\tBroken.\n3000\t4250\tThird.\n";

    List<Segment> segments = reader.read(SourceText.of("ep.tsv", tsv), problems::add);

    assertThat(segments)
        .containsExactly(new Segment(0, 1.5, null, "First."), new Segment(3, 4.25, null, "Third."));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).location()).isEqualTo("ep.tsv");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).reason()).contains("milliseconds");
  }

  @Test
  void aTableWithOtherColumnsIsNoWhisperTsv() {
    String tsv = "name\tstart\tend\nintro\t0\t30\n";

    assertThat(reader.recognize(SourceText.of("table.tsv", tsv))).isEmpty();
  }
}
