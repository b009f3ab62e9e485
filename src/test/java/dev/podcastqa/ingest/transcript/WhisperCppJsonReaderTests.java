package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhisperCppJsonReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  /** The first 12 segments of a radio programme whisper.cpp wrote with -oj (SWEEP.md). */
  @Test
  void whisperCppJsonSegmentsAreUtterancesAtTheirMillisecondOffsets() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/whispercpp-oj-radio-excerpt.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("whisper-cpp-json");
    List<Segment> segments = transcript.segments();
    assertThat(segments).hasSize(12);
    assertThat(segments.get(0))
        .isEqualTo(new Segment(0, 5, null, "Kami akan menerima pemberitahuan dari kalian."));
    assertThat(segments.get(1))
        .isEqualTo(new Segment(30, 34, null, "di edisi hari Jumat tanggal 24 April 2026."));
    assertThat(segments.get(11)).isEqualTo(new Segment(65.2, 67.6, null, "Tapi sebelum lanjut"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aSegmentWithoutOffsetsIsTimedByItsTimestampsAndOneWithNeitherIsAProblem() {
    String json =
        """
        {"result": {"language": "en"}, "transcription": [
          {"offsets": {"from": 0, "to": 2500}, "text": " First."},
          {"timestamps": {"from": "00:01:02,500", "to": "00:01:04,000"}, "text": " Second."},
          {"text": " No time."},
          {"offsets": {"from": 70000, "to": 71000}, "text": " Third.", "speaker": "1"}
        ]}
        """;

    List<Segment> segments = reader.read(SourceText.of("ep.json", json), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0, 2.5, null, "First."),
            new Segment(62.5, 64, null, "Second."),
            new Segment(70, 71, "1", "Third."));
    assertThat(problems).extracting(Problem::line).containsExactly(4);
    assertThat(problems.get(0).reason()).contains("segment 2").contains("no readable start");
  }
}
