package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTranscriptReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void jsonWordLevelSegmentsAreMergedIntoUtterances() {
    List<Segment> segments = reader.read(Fixture.text("transcripts/words.json"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.5, 1.4, "Alice", "Hello, everyone."),
            new Segment(3.2, 4.5, "Alice", "Today we begin."),
            new Segment(4.6, 6.5, "Bob", "Great to be here."));
  }

  @Test
  void jsonUnreadableSegmentIsReportedWithItsLineAndSkipped() {
    reader.read(Fixture.text("transcripts/words.json"), problems::add);

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "transcripts/words.json:13: segment \"endTime\" \"oops\" is not a number of seconds;"
                + " skipped");
  }

  @Test
  void jsonSegmentLevelFileKeepsItsSegments() {
    assertThat(reader.read(Fixture.text("transcripts/segments.json"), problems::add))
        .containsExactly(
            new Segment(
                0.0, 4.2, "Alice", "Welcome to the show, today we talk about sparse autoencoders."),
            new Segment(4.2, 9.8, "Bob", "Thanks. They find features in superposition."),
            new Segment(12.0, 15.5, null, "A segment with no speaker at all."));
    assertThat(problems).isEmpty();
  }

  @Test
  void jsonThatIsNotValidFailsWithTheParserLine() {
    SourceText text = SourceText.of("t.json", "{\"segments\": [\n  {\"startTime\": 1,\n  oops\n]}");

    assertThatThrownBy(() -> reader.read(text, problems::add))
        .isInstanceOf(SourceException.class)
        .satisfies(
            e -> {
              Problem problem = ((SourceException) e).problem();
              assertThat(problem.location()).isEqualTo("t.json");
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.reason()).startsWith("invalid JSON at column 3: ");
            });
  }

  @Test
  void jsonStartTimesMayBeStringsOfSecondsOrClocks() {
    SourceText text =
        SourceText.of(
            "t.json",
            "{\"segments\":[{\"startTime\":\"1.5\",\"endTime\":\"00:00:04.000\","
                + "\"body\":\"A whole sentence here.\"}]}");

    assertThat(reader.read(text, problems::add))
        .containsExactly(new Segment(1.5, 4.0, null, "A whole sentence here."));
  }

  /** The first 41 segments of Buzzcast's JSON from Buzzsprout (SOURCES in ingest/formats). */
  @Test
  void buzzsproutLinesOfOneCaptionSharingItsTimesAreOneSegment() {
    List<Segment> segments =
        reader.read(Fixture.text("ingest/formats/buzzcast.json"), problems::add);

    assertThat(segments).hasSize(21);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                0.0, 4.8, "Alban", "It is so stinking nice to like, show up and record this"));
    assertThat(segments.get(1))
        .isEqualTo(
            new Segment(
                4.8,
                8.25,
                "Alban",
                "show. And Travis has already put together an outline. Kevin's got"));
    assertThat(segments.get(20).startSeconds()).isEqualTo(76.08);
    assertThat(problems).isEmpty();
  }
}
