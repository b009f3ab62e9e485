package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Transcripts whose every line opens with one and the same time: the Python Bytes 310 Otter export
 * as the show's converter wrote it (SOURCES in README.md), where the real times are under it.
 */
class ConstantTimePrefixTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void aTimeEveryLineOpensWithIsCutAndTheOtterHeadsUnderItGiveTimesAndSpeakers() {
    SourceText text = Fixture.text("ingest/formats/pythonbytes-310-otter.txt");

    List<Segment> segments = reader.read(text, problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Michael Kennedy"),
            tuple(10.0, "Unknown Speaker"),
            tuple(12.0, "Unknown Speaker"),
            tuple(13.0, "Michael Kennedy"),
            tuple(15.0, "Unknown Speaker"),
            tuple(17.0, "Michael Kennedy"),
            tuple(22.0, "Unknown Speaker"),
            tuple(35.0, "Michael Kennedy"),
            tuple(38.0, "Unknown Speaker"),
            tuple(62.0, "Michael Kennedy"));
    assertThat(segments.get(1).text()).isEqualTo("And I am Brian Aachen.");
    assertThat(problems)
        .containsExactly(
            new Problem(
                text.location(),
                1,
                "every line opens with the time 0:00, which says nothing; read by the times under"
                    + " it"));
  }

  @Test
  void utterancesAllAtOneSecondWithNothingUnderThemAreReported() {
    String lines =
        IntStream.range(0, 12)
            .mapToObj(i -> "00:00:00 Jane Doe: sentence number " + i + " of the show.")
            .collect(Collectors.joining("\n\n"));
    SourceText text = SourceText.of("same.txt", lines);

    List<Segment> segments = reader.read(text, problems::add);

    assertThat(segments).hasSize(12);
    assertThat(problems)
        .extracting(Problem::reason)
        .containsExactly(
            "all 12 utterances start at 00:00:00.000: the file's times do not say where anything is"
                + " said");
  }
}
