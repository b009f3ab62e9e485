package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  private List<Segment> read(SourceText text) {
    return reader.read(text, problems::add);
  }

  @Test
  void vttReadsEveryCueOfTheFixtureWithSpeakersAndPlainText() {
    assertThat(read(Fixture.text("transcripts/interview.vtt")))
        .containsExactly(
            new Segment(0.5, 4.0, "Tim Scarfe", "Welcome back to Street Talk."),
            new Segment(
                4.0,
                9.25,
                "Tim Scarfe",
                "Today I'm joined by Neel Nanda & we talk about circuits."),
            new Segment(9.25, 12.0, "Neel Nanda", "Thanks for having me <3"),
            new Segment(
                12.0,
                15.5,
                "Neel Nanda",
                "The word 漢字 means \"Chinese characters\" \u2014 it's 'kanji'."),
            new Segment(16.0, 20.0, "Tim Scarfe", "So what is mechanistic interpretability?"),
            new Segment(16.0, 20.0, "Neel Nanda", "Reverse engineering networks."),
            new Segment(3600.0, 3603.0, null, "That's all for today."));
    assertThat(problems).isEmpty();
  }

  @Test
  void zoomRecordingTranscriptNamesTheSpeakerBeforeEachCue() {
    List<Segment> segments = read(Fixture.text("ingest/formats/zoom-class-recording.vtt"));

    assertThat(segments).hasSize(14);
    assertThat(segments.get(0)).isEqualTo(new Segment(0.05, 1.79, "Srijani Ghosh", "Hi!"));
    assertThat(segments.get(7).speaker()).isEqualTo("Dr. Melissa Ko");
    assertThat(segments.get(7).text()).startsWith("and I'll just do a little bit of walkthrough.");
    assertThat(segments.get(13))
        .isEqualTo(new Segment(90.55, 91.34, "Shreeharsh Kelkar", "And then"));
    assertThat(segments).extracting(Segment::text).noneMatch(t -> t.contains(": "));
    assertThat(problems).isEmpty();
  }

  @Test
  void vttLabelOpeningOneCueOfAnUnlabelledFileStaysText() {
    List<Segment> segments =
        read(
            SourceText.of(
                "a.vtt",
                "WEBVTT\n\n00:01.000 --> 00:02.000\nWarning: loud.\n\n"
                    + "00:02.000 --> 00:03.000\nNothing else.\n\n"
                    + "00:03.000 --> 00:04.000\nStill nothing.\n"));

    assertThat(segments).extracting(Segment::speaker).containsOnlyNulls();
    assertThat(segments.get(0).text()).isEqualTo("Warning: loud.");
  }

  @Test
  void vttVoiceTagNamesTheSpeakerAlsoWithAClass() {
    List<Segment> segments =
        read(
            SourceText.of("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Ann Lee>Hi.</v>\n"));

    assertThat(segments).containsExactly(new Segment(1.0, 2.0, "Ann Lee", "Hi."));
  }

  @Test
  void vttHoursAreOptionalInCueTimings() {
    List<Segment> segments =
        read(
            SourceText.of(
                "a.vtt",
                "WEBVTT\n\n01:02.500 --> 00:01:04.000\nShort form.\n\n"
                    + "1:00:00.000 --> 1:00:01.250\nOne-digit hours.\n"));

    assertThat(segments)
        .containsExactly(
            new Segment(62.5, 64.0, null, "Short form."),
            new Segment(3600.0, 3601.25, null, "One-digit hours."));
  }

  @Test
  void vttSkipsNoteStyleAndRegionBlocksButNotCuesThatMentionThem() {
    String vtt =
        "WEBVTT\n\nNOTE a comment\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r1\n\n"
            + "NOTE-1\n00:00:01.000 --> 00:00:02.000\nA NOTE about style.\n";

    assertThat(read(SourceText.of("a.vtt", vtt)))
        .containsExactly(new Segment(1.0, 2.0, null, "A NOTE about style."));
  }

  @Test
  void vttWithBomAndCrlfLineEndingsReadsLikeAnyOther() {
    byte[] bytes = Fixture.bytes("transcripts/bom-crlf.vtt");
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");

    assertThat(read(Fixture.text("transcripts/bom-crlf.vtt")))
        .containsExactly(
            new Segment(1.0, 3.0, "Alice", "Hello from Windows."),
            new Segment(3.5, 6.0, null, "Second line wraps here."));
    assertThat(reader.recognize(Fixture.text("transcripts/bom-crlf.vtt"))).contains("webvtt");
  }

  @Test
  void vttTruncatedFileKeepsCompleteCuesAndReportsTheCutOne() {
    assertThat(read(Fixture.text("transcripts/truncated.vtt")))
        .containsExactly(
            new Segment(0.0, 3.0, "Alice", "We start with the basics."),
            new Segment(3.0, 7.5, "Bob", "Then we move to superposition."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "transcripts/truncated.vtt:9: the file ends in the middle of a cue:"
                + " the cue at 00:00:07.500 was dropped");
  }

  @Test
  void vttCutInsideTheTimingLineIsReportedAsTheEndOfTheFile() {
    List<Segment> segments =
        read(
            SourceText.of(
                "cut.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nWhole.\n\n00:02.000 --> 00:0"));

    assertThat(segments).containsExactly(new Segment(1.0, 2.0, null, "Whole."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "cut.vtt:6: the file ends in the middle of a cue:"
                + " its timing \"00:02.000 --> 00:0\" is cut off");
  }

  @Test
  void vttLastCueWithoutFinalLineBreakIsKeptWhenItEndsASentence() {
    List<Segment> segments =
        read(SourceText.of("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<i>Goodbye.</i>"));

    assertThat(segments).containsExactly(new Segment(1.0, 2.0, null, "Goodbye."));
    assertThat(problems).isEmpty();
  }

  @Test
  void vttBadTimingIsReportedWithItsLineAndTheRestIsKept() {
    List<Segment> segments = read(Fixture.text("transcripts/bad-timing.vtt"));

    assertThat(segments)
        .containsExactly(
            new Segment(0.0, 5.0, null, "First cue."),
            new Segment(5.0, 60.0, null, "Second cue."),
            new Segment(65.0, 65.0, null, "Inverted cue."),
            new Segment(70.0, 72.0, null, "Last cue."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "transcripts/bad-timing.vtt:14: cue timing \"00:01:xx.000 --> 00:01:05.000\""
                + " is not a time",
            "transcripts/bad-timing.vtt:18: cue at 00:01:05.000 ends before it starts"
                + " (at 00:01:02.000); its end is taken as its start");
  }

  @Test
  void vttTextWithoutTimingIsReportedAndSkipped() {
    List<Segment> segments =
        read(SourceText.of("a.vtt", "WEBVTT\n\nStray words\n\n00:01.000 --> 00:02.000\nKept.\n"));

    assertThat(segments).containsExactly(new Segment(1.0, 2.0, null, "Kept."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly("a.vtt:3: text \"Stray words\" has no cue timing before it; skipped");
  }

  @Test
  void vttWithoutHeaderIsReadBecauseOfItsNameAndTheMissingHeaderReported() {
    SourceText text = SourceText.of("dir/no-header.vtt", "00:01.000 --> 00:02.000\nHello.\n");

    assertThat(reader.recognize(text)).contains("webvtt");
    assertThat(read(text)).containsExactly(new Segment(1.0, 2.0, null, "Hello."));
    assertThat(problems).extracting(Problem::line).containsExactly(1);
  }

  @Test
  void vttRollingAutoCaptionsKeepEachWordOnce() {
    assertThat(read(Fixture.text("transcripts/youtube-rolling.vtt")))
        .containsExactly(
            new Segment(0.0, 2.31, null, "so today we're talking"),
            new Segment(2.32, 4.87, null, "about sparse autoencoders"),
            new Segment(4.88, 7.0, null, "and why they matter"));
  }

  @Test
  void vttOrdinaryCuesThatRepeatAWordKeepIt() {
    String vtt =
        "WEBVTT\n\n00:01.000 --> 00:02.000\nI said no\n\n00:02.000 --> 00:03.000\nno way.\n\n"
            + "00:03.000 --> 00:04.000\nThen we left.\n\n00:04.000 --> 00:05.000\nQuietly.\n";

    assertThat(read(SourceText.of("a.vtt", vtt)))
        .extracting(Segment::text)
        .containsExactly("I said no", "no way.", "Then we left.", "Quietly.");
  }

  /** Podnews Daily of 2024-01-25, whole (SOURCES in ingest/formats). */
  @Test
  void podnewsCuesOfTheFirstMinuteWrittenInBareSecondsAreRead() {
    List<Segment> segments = read(Fixture.text("ingest/formats/podnews-daily-2024-01-25.vtt"));

    assertThat(segments).hasSize(44);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                0.86,
                7.38,
                "SPEAKER_1",
                "Podcasting is coming back to New Zealand again, the latest from podnews.net with"
                    + " Hindenburg Pro's auto levels."));
    assertThat(segments.get(1).startSeconds()).isEqualTo(10.1);
    assertThat(problems).isEmpty();
  }

  /** Three HLS caption segments of an LA City Council stream (SOURCES in ingest/formats). */
  @Test
  void joinedHlsSegmentsArePlacedByTheirTimestampMaps() {
    SourceText text = Fixture.text("ingest/formats/la-council-hls-segments.en.vtt");
    List<Segment> segments = read(text);

    assertThat(reader.recognize(text)).contains("webvtt");
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 1.302, 2.903, 3.804, 6.107, 7.642, 10.178, 11.045, 12.78, 14.849);
    assertThat(segments.get(4).text()).isEqualTo("$10 per hour job, $5 per hour");
    assertThat(segments.get(6).text()).isEqualTo("What I worked in the communist");
    assertThat(segments).extracting(Segment::speaker).containsOnlyNulls();
    assertThat(segments).extracting(Segment::text).noneMatch(t -> t.contains("Kind"));
    assertThat(problems).isEmpty();
  }

  /**
   * The end of the LA City Council stream's captions and the first two HLS segments joined after
   * them, as the whole file has it: the part before has no timestamp map (SOURCES in
   * ingest/formats).
   */
  @Test
  void joinedHlsSegmentsWithoutATimestampMapAreLeftOutWithOneProblem() {
    SourceText text = Fixture.text("ingest/formats/la-council-hls-joined.en.vtt");
    List<Segment> segments = read(text);

    assertThat(reader.recognize(text)).contains("webvtt");
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(98211.231, 98211.298, 98214.152);
    assertThat(segments).extracting(Segment::speaker).containsOnlyNulls();
    assertThat(problems).extracting(Problem::line).containsExactly(1, 21);
    assertThat(problems.get(1).reason())
        .contains("joins 3 WebVTT files", "X-TIMESTAMP-MAP", "12 cues from this line on");
  }

  /**
   * The fuzz test's TIMES_BACKWARDS mutation of bad-timing.vtt, cut to its shape (seed 20261207).
   */
  @Test
  void joinedHlsSegmentsWithNoCueToPlaceAreAFileWithNoCuesNotACrash() {
    String vtt =
        "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n"
            + "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:990000,LOCAL:00:00:00.000\n\n";

    // an IndexOutOfBoundsException before, reported as "could not be read"
    assertThatThrownBy(() -> read(SourceText.of("a.vtt", vtt)))
        .isInstanceOf(SourceException.class)
        .hasMessage("a.vtt: the webvtt file has no cues");
  }

  @Test
  void hlsSegmentTimesFollowTheClockPastItsWrapAndTheirLocalTime() {
    String vtt =
        "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:8589844592,LOCAL:00:00:00.000\n\n"
            + "00:00.000 --> 00:00.500\nFirst words here.\n\n"
            + "WEBVTT\nX-TIMESTAMP-MAP=LOCAL:00:00:02.000,MPEGTS:90000\n\n"
            + "00:02.000 --> 00:03.000\nSecond words there.\n";

    assertThat(read(SourceText.of("a.vtt", vtt)))
        .containsExactly(
            new Segment(0.0, 0.5, null, "First words here."),
            new Segment(2.0, 3.0, null, "Second words there."));
    assertThat(problems).isEmpty();
  }

  @Test
  void aLaterHeaderWithoutMapAfterAMappedOneIsReportedOnce() {
    String vtt =
        "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00.000\n\n"
            + "00:00.000 --> 00:01.000\nFirst words here.\n\n"
            + "WEBVTT\n\n00:00.000 --> 00:01.000\nSecond words there.\n\n"
            + "WEBVTT\n\n00:00.000 --> 00:01.000\nThird words too.\n";

    assertThat(read(SourceText.of("a.vtt", vtt)))
        .containsExactly(new Segment(0.0, 1.0, null, "First words here."));
    assertThat(problems).extracting(Problem::line).containsExactly(7);
    assertThat(problems.get(0).reason()).contains("the one from line 7", "2 cues");
  }
}
