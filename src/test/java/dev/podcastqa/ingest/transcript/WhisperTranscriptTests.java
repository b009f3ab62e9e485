package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whisper's own outputs (its printed {@code [start --> end]} lines and its JSON) and interactive
 * HTML transcripts whose words carry {@code data-start} times.
 */
class WhisperTranscriptTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void whisperCppLinesKeepTheirEndsAndStereoSpeakers() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("transcripts/whisper/whisper-cpp-diarized.txt"), problems::add);

    assertThat(transcript.format()).isEqualTo("whisper-text");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(0, 4, "Speaker 0", "Welcome back to the show."),
            new Segment(4, 9.5, "Speaker 1", "Thanks for having me, it is good to be here."),
            new Segment(11.2, 13, null, "Both at once."),
            new Segment(62.25, 65, "Speaker 0", "Let us begin."));
    assertThat(problems).isEmpty();
  }

  @Test
  void podwhispererLabelsAreNamedByTheTopLevelSpeakersMap() {
    // AWS Bites 20 as podwhisperer writes it: {"speakers": {"spk_0": "Eoin", ...}, "segments":
    // [{"speakerLabel": "spk_0", ...}]}; the labels were dropped and no one was named.
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/podwhisperer-awsbites-20.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("whisper-json");
    assertThat(transcript.segments()).hasSize(8);
    assertThat(transcript.segments().get(3))
        .isEqualTo(
            new Segment(
                17.62,
                29.8,
                "Eoin",
                "My name is Eoin and today I'm joined by Luciano and this is the AWS bytes"
                    + " podcast"));
    assertThat(transcript.segments().get(6).speaker()).isEqualTo("Luciano");
    assertThat(transcript.segments().get(6).startSeconds()).isEqualTo(40.64);
    assertThat(problems).isEmpty();
  }

  @Test
  void whisperCppWordLinesAreJoinedIntoWordsAndUtterances() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/techzing-100-whispercpp-words.txt"), problems::add);

    assertThat(transcript.format()).isEqualTo("whisper-text");
    assertThat(transcript.segments()).hasSize(2);
    assertThat(transcript.segments().get(0))
        .isEqualTo(new Segment(0.13, 7, null, "This show is distributed by Sunkelt. Welcome!"));
    Segment second = transcript.segments().get(1);
    assertThat(second.startSeconds()).isEqualTo(27.0);
    assertThat(second.text())
        .startsWith("Welcome to episode 100 of TechZing, hosted by myself, Justin Vincent")
        .endsWith("On our centennial episode, we're");
    assertThat(problems).isEmpty();
  }

  @Test
  void tinydiarizeTurnMarksEndUtterances() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/techzing-100-whispercpp-tdrz.txt"), problems::add);

    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::speaker, Segment::text)
        .containsExactly(
            tuple(
                52.12,
                null,
                "Hi Jason welcome, to the show. Uh pleasure for having you and uh uh father"
                    + " forgive us I'm. the father of the show yes,"),
            tuple(61.08, null, "Do you know how you're the father of the show?"),
            tuple(62.66, null, "Uh remind me."),
            tuple(64.16, null, "Uh well because"));
    assertThat(problems).isEmpty();
  }

  @Test
  void whisperCppTokenTimesThatGoBackAreTakenAsTheWordBeforesInOneProblemLine() {
    // Lines 667-672 of TechZing 100's tinydiarize output (see ingest/formats/README.md): "it" is
    // timed 00:03:14.140 --> 00:03:13.880, after the "was" that follows it.
    String lines =
        "[00:03:12.680 --> 00:03:13.620]   uh [SPEAKER_TURN]\n"
            + "[00:03:13.620 --> 00:03:13.760]   Yeah\n"
            + "[00:03:13.760 --> 00:03:13.780]  .\n"
            + "[00:03:14.140 --> 00:03:13.880]   it\n"
            + "[00:03:13.880 --> 00:03:14.200]   was\n"
            + "[00:03:14.200 --> 00:03:14.560]   exciting\n";
    List<Segment> segments = reader.read(SourceText.of("tdrz.txt", lines), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(192.68, 193.62, null, "uh"),
            new Segment(193.62, 194.56, null, "Yeah. it was exciting"));
    assertThat(problems)
        .extracting(Problem::line, Problem::reason)
        .containsExactly(
            tuple(
                4,
                "2 word times go back before the word above or end before they start"
                    + " (whisper.cpp's token times); each is taken as the time of the word before"));
  }

  @Test
  void whisperLinesWithAUnicodeArrowAreRead() {
    List<Segment> segments =
        reader.read(Fixture.text("ingest/formats/wan-2024-02-16-arrows.srt"), problems::add);

    assertThat(segments).hasSize(12);
    assertThat(segments.get(0))
        .isEqualTo(new Segment(0.78, 3.5, null, "What's up everyone and welcome to the WAN Show!"));
    assertThat(segments.get(11).startSeconds()).isEqualTo(28.68);
    assertThat(problems).isEmpty();
  }

  @Test
  void openAiWhisperClockLinesWithAndWithoutHoursAreRead() {
    List<Segment> segments =
        reader.read(Fixture.text("transcripts/whisper/openai-whisper-clock.txt"), problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::endSeconds)
        .containsExactly(tuple(0.0, 4.0), tuple(4.0, 7.48), tuple(3723.5, 3725.0));
    assertThat(reader.recognize(Fixture.text("transcripts/whisper/openai-whisper-clock.txt")))
        .contains("whisper-text");
  }

  @Test
  void titleAndPodcastLinesAboveWhisperLinesNameTheEpisode() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("transcripts/whisper/openai-whisper-clock.txt"), problems::add);

    assertThat(transcript.header().title()).isEqualTo("Sparse features, explained");
    assertThat(transcript.header().podcast()).isEqualTo("The Feature Hour");
    assertThat(transcript.segments().get(0).text()).isEqualTo("Sparse autoencoders find features.");
  }

  @Test
  void secondsOnlyLinesNeedTheirArrowToBeWhisper() {
    SourceText prices = SourceText.of("p.txt", "[0.50] a coffee\n[1.20] a bun\n[3.00] both\n");

    assertThat(reader.recognize(prices)).isEmpty();
  }

  @Test
  void whisperJsonIsToldFromPodcastingJsonByItsSegmentFields() {
    assertThat(reader.recognize(Fixture.text("transcripts/whisper/verbose.json")))
        .contains("whisper-json");
    assertThat(reader.recognize(Fixture.text("transcripts/segments.json")))
        .contains("podcast-json-transcript");
  }

  @Test
  void verboseJsonSegmentsAndDurationAreRead() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("transcripts/whisper/verbose.json"), problems::add);

    assertThat(transcript.segments())
        .containsExactly(
            new Segment(0, 2.4, null, "Good morning."),
            new Segment(2.4, 4.9, null, "This is the news."));
    assertThat(transcript.header().durationSeconds()).isEqualTo(16);
    assertThat(problems).isEmpty();
  }

  @Test
  void whisperXSpeakersAreKeptAndAnUnreadableSegmentIsReportedAndSkipped() {
    List<Segment> segments =
        reader.read(Fixture.text("transcripts/whisper/whisperx-diarized.json"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.031, 3.2, "SPEAKER_00", "Hello and welcome."),
            new Segment(3.5, 6.25, "SPEAKER_01", "Glad to be here."),
            new Segment(9.0, 11.5, null, "No speaker was found for this one."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "transcripts/whisper/whisperx-diarized.json:4: segment 2 has no readable \"start\""
                + " (\"soon\"); skipped");
  }

  @Test
  void timedWordsAreGroupedIntoSentencesWithinTheirParagraph() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("transcripts/whisper/words.html"), problems::add);

    assertThat(transcript.format()).isEqualTo("html-transcript");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(1.5, 2.3, null, "Hello there."),
            new Segment(2.8, 3.6, null, "Second sentence"),
            new Segment(4.0, 5.2, null, "New paragraph?"));
  }

  @Test
  void wholeNumberTimesPastTenHoursAreMillisecondsAndTimedSentencesStayWhole() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("transcripts/whisper/ms-sentences.html"), problems::add);

    assertThat(transcript.segments())
        .containsExactly(
            new Segment(61, 64.5, null, "The first sentence is timed whole."),
            new Segment(64.5, 70, null, "So is the second one!"),
            new Segment(3600, 3600, null, "An hour in, a paragraph of its own"),
            new Segment(3605, 3605, null, "and a new paragraph opens a new segment."));
    assertThat(transcript.header().title()).as("a generic <title> names nothing").isNull();
  }

  @Test
  void aPageWithAFewTimeLinksIsNoTranscript() {
    SourceText page =
        SourceText.of(
            "p.html",
            "<p>Jump to <a data-start=\"60\">the intro</a>"
                + " or <a data-start=\"600\">the end</a>.</p>");

    assertThat(reader.recognize(page)).isEmpty();
  }
}
