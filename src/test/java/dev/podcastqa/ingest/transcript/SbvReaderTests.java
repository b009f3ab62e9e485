package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SbvReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void youtubeSbvReadsEveryBlockWithItsTimesAndJoinsItsLines() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("ingest/formats/quoi-d-neuf-docker.sbv"), problems::add);

    assertThat(transcript.format()).isEqualTo("sbv");
    List<Segment> segments = transcript.segments();
    assertThat(segments).hasSize(40);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                18.579,
                21.429,
                null,
                "pour cette nouvelle vidéo avec l'apport"
                    + " d'un soutien que vous m'avez hurlements"));
    assertThat(segments.get(39)).isEqualTo(new Segment(133.059, 134.189, null, "minute"));
    assertThat(problems).isEmpty();
  }

  @Test
  void sbvRecurringNameLabelsBecomeSpeakers() {
    String sbv =
        "0:00:00.599,0:00:04.160\nAlice: Welcome back.\n\n"
            + "0:00:04.160,0:00:07.000\nBob: Glad to be here.\n\n"
            + "0:00:07.000,0:00:09.500\nAlice: Let's start.\n\n"
            + "1:02:03.000,1:02:05.250\nBob: And that is all.\n";

    List<Segment> segments = reader.read(SourceText.of("talk.sbv", sbv), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.599, 4.16, "Alice", "Welcome back."),
            new Segment(4.16, 7.0, "Bob", "Glad to be here."),
            new Segment(7.0, 9.5, "Alice", "Let's start."),
            new Segment(3723.0, 3725.25, "Bob", "And that is all."));
    assertThat(problems).isEmpty();
  }

  @Test
  void sbvBlockWithoutATimingLineIsAProblemNamingFileAndLineAndTheRestIsRead() {
    String sbv =
        "0:00:01.000,0:00:02.000\nFirst.\n\n"
            + "0:00:02.000;0:00:03.000\nBroken.\n\n"
            + "0:00:03.000,0:00:04.000\nThird.\n";

    List<Segment> segments = reader.read(SourceText.of("broken.sbv", sbv), problems::add);

    assertThat(segments).extracting(Segment::text).containsExactly("First.", "Third.");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).location()).isEqualTo("broken.sbv");
    assertThat(problems.get(0).line()).isEqualTo(4);
    assertThat(problems.get(0).reason()).contains("no SBV timing line");
  }
}
