package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The speaker-line shapes transcription tools and podcast sites export, one small fixture each
 * under {@code src/test/resources/transcripts/shapes}: every utterance keeps its second and its
 * speaker, and ends where the next later one starts.
 */
class SpeakerLineTranscriptTests {

  private static final String WELCOME =
      "Welcome back to the Harbor Hour. My guest today studies how cities flood.";
  private static final String THANKS = "Thanks, Jane. It's good to be back.";
  private static final String BASICS =
      "Let's start with the basics. Why do coastal cities flood more often now?";
  private static final String REASONS =
      "Two reasons: the sea is higher, and we have paved over the places water used to go.";

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void bracketedSpeakerThenBracketedTimeOpensEachUtteranceWithHoursOptional() {
    assertThat(read("bracketed-speaker.txt"))
        .containsExactly(
            new Segment(
                0,
                7,
                "Speaker 1",
                "Welcome to Signal and Noise. Today we are talking about tide pools."),
            new Segment(7, 12, "Speaker 2", "Thanks for having me, it's great to be here."),
            new Segment(
                12, 3789, "Speaker 1", "So what got you into marine biology in the first place?"),
            new Segment(
                3789,
                3789,
                "Speaker 2",
                "Honestly, it was a summer job counting crabs when I was sixteen."
                    + " That summer changed everything for me."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rev.txt", "otter.txt"})
  void nameWithTimeOnItsOwnLineOpensTheParagraphUnderIt(String file) {
    assertThat(read(file)).containsExactly(harbor(REASONS + " It really is that simple."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "time-then-speaker.txt",
        "bracketed-time-then-speaker.txt",
        "riverside-ranges.txt"
      })
  void timeAndSpeakerOnOneLineOpenAnUtteranceWhateverTheirOrder(String file) {
    assertThat(read(file)).containsExactly(harbor(REASONS));
  }

  @Test
  void speakerBlocksUnderOneTimestampShareItAndEndAtTheNextTime() {
    assertThat(read("speaker-blocks.txt"))
        .containsExactly(
            new Segment(0, 238, "Jane Doe", WELCOME),
            new Segment(0, 238, "Omar Haddad", THANKS),
            new Segment(238, 3723, "Jane Doe", BASICS),
            new Segment(3723, 3723, "Omar Haddad", REASONS + " It really is that simple."));
  }

  @Test
  void timeAloneOnItsLineTimesTheCaptionUnderIt() {
    assertThat(read("captions-copied.txt"))
        .containsExactly(
            new Segment(0, 4, null, "so today we are going to talk about"),
            new Segment(4, 9, null, "how the tide moves sand along the beach"),
            new Segment(9, 13, null, "and why that matters for the dunes"),
            new Segment(13, 13, null, "behind it"));
  }

  @Test
  void timeAloneWithABlankLineBeforeItsTextStillTimesThatText() {
    SourceText text =
        SourceText.of(
            "page.html",
            "Transcript\n\n0h00m00s\n\nno it's Tuesday\n\n0h00m44s\n\nsadly"
                + " the record\n\n1h01m44s\n\nso perhaps\n");

    assertThat(reader.read(text, problems::add))
        .containsExactly(
            new Segment(0, 44, null, "no it's Tuesday"),
            new Segment(44, 3704, null, "sadly the record"),
            new Segment(3704, 3704, null, "so perhaps"));
  }

  @Test
  void timedParagraphWithoutANameContinuesTheTurnOfTheSpeakerBeforeIt() {
    SourceText text =
        SourceText.of(
            "t.txt",
            """
            Jane Doe (00:00:00):
            Welcome to the show.

            (00:00:30):
            Still me, Jane, talking.

            Omar Haddad (00:01:00):
            My turn now.

            Jane Doe (00:01:30):
            Thank you.
            """);

    assertThat(reader.read(text, problems::add))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Jane Doe"),
            tuple(30.0, "Jane Doe"),
            tuple(60.0, "Omar Haddad"),
            tuple(90.0, "Jane Doe"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Break: [00:20]",
        "**Break:** \\[00:20\\]",
        "**Break**: \\[00:00:20.00\\]",
        "__Ad break__ (00:20)"
      })
  void adBreakMarkerMovesTheClockButSaysNothing(String marker) {
    SourceText text =
        SourceText.of(
            "t.txt",
            "Jane Doe: [00:00] Welcome to the show.\n"
                + "Omar Haddad: [00:10] Thanks.\n"
                + marker
                + "\n"
                + "Jane Doe: And we are back.\n"
                + "Omar Haddad: [00:40] Good.\n");

    assertThat(reader.read(text, problems::add))
        .containsExactly(
            new Segment(0, 10, "Jane Doe", "Welcome to the show."),
            new Segment(10, 20, "Omar Haddad", "Thanks."),
            new Segment(20, 40, "Jane Doe", "And we are back."),
            new Segment(40, 40, "Omar Haddad", "Good."));
  }

  @Test
  void titleAndPodcastLinesAboveTheFirstTimeAreTheHeaderNotSpeech() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("transcripts/shapes/bracketed-time-then-speaker.txt"), problems::add);

    assertThat(transcript.header().title()).isEqualTo("How Cities Flood");
    assertThat(transcript.header().podcast()).isEqualTo("The Harbor Hour");
    assertThat(transcript.segments()).extracting(Segment::text).doesNotContain("How Cities Flood");
    assertThat(problems).isEmpty();
  }

  @Test
  void webVttNoteWithATitleNamesTheEpisode() {
    SourceText text =
        SourceText.of(
            "talk.vtt",
            """
            WEBVTT

            NOTE Title: Rust at Scale

            00:00.000 --> 00:04.000
            Hello and welcome.
            """);

    assertThat(reader.readTranscript(text, problems::add).header().title())
        .isEqualTo("Rust at Scale");
  }

  private List<Segment> read(String file) {
    List<Segment> segments = reader.read(Fixture.text("transcripts/shapes/" + file), problems::add);
    assertThat(problems).isEmpty();
    return segments;
  }

  /** The four utterances every Harbor Hour fixture holds, the last one saying {@code last}. */
  private static Segment[] harbor(String last) {
    return new Segment[] {
      new Segment(0, 9, "Jane Doe", WELCOME),
      new Segment(9, 238, "Omar Haddad", THANKS),
      new Segment(238, 3723, "Jane Doe", BASICS),
      new Segment(3723, 3723, "Omar Haddad", last)
    };
  }
}
