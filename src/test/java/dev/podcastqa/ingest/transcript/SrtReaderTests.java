package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SrtReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void srtReadsNumberedBlocksWithSpeakersAndJoinsLines() {
    List<Segment> segments = reader.read(Fixture.text("transcripts/interview.srt"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(1.0, 4.0, "Alice", "Welcome to the show."),
            new Segment(4.5, 8.0, "Bob", "Thanks for having me. It's great to be here."),
            new Segment(8.0, 11.0, null, "Warning: this next part gets technical."),
            new Segment(11.0, 15.0, "Alice", "So, tell us about circuits."),
            new Segment(15.0, 18.0, "Bob", "Circuits are subgraphs of the network."),
            new Segment(18.0, 20.0, null, "Note: the paper is linked below."));
    assertThat(problems).isEmpty();
  }

  @Test
  void srtDialogueDashesMarkANewVoiceAndAreNoWords() {
    // DownSub's captions of Lex Fridman #333 open a fifth of their cues so.
    String srt =
        "1\n00:00:00,000 --> 00:00:01,920\n- I think it's possible\nthat physics has exploits\n\n"
            + "2\n00:00:01,920 --> 00:00:03,600\n- What is it?\n- A puzzle, -5 degrees.\n";

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::text)
        .containsExactly(
            "I think it's possible that physics has exploits", "What is it? A puzzle, -5 degrees.");
  }

  @Test
  void srtNameLikePrefixSeenOnceInAnUnlabelledFileStaysText() {
    String srt =
        "1\n00:00:01,000 --> 00:00:02,000\nCaveat Emptor: buyer beware.\n\n"
            + "2\n00:00:02,000 --> 00:00:03,000\nThat is the rule.\n\n"
            + "3\n00:00:03,000 --> 00:00:04,000\nSo: what now?\n";

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::speaker, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, "Caveat Emptor: buyer beware."),
            org.assertj.core.groups.Tuple.tuple(null, "That is the rule."),
            org.assertj.core.groups.Tuple.tuple(null, "So: what now?"));
  }

  @Test
  void srtFullNameLabelSeenOnceBecomesTheSpeakerWhenItsFirstNameRecurs() {
    List<Segment> segments =
        reader.read(Fixture.text("transcripts/full-name-once.srt"), problems::add);

    assertThat(segments)
        .extracting(Segment::speaker)
        .containsExactly(
            "Bekah Hawrot Weigel",
            "Bekah Hawrot Weigel",
            "Dan Ott",
            "Dan Ott",
            "Bekah",
            "Bekah",
            "Dan",
            "Dan",
            "Bekah",
            "Bekah",
            "Dan",
            "Dan",
            "Dan",
            "Dan",
            "Dan",
            "Dan");
    // Labels mark where turns start: an unlabelled block continues the turn above it.
    assertThat(segments.get(0).text()).isEqualTo("Hello, and welcome to Season 4, Episode 2");
    assertThat(segments.get(2).text()).isEqualTo("Thanks, Bekah. Today we have a guest.");
    // A one-off label no recurring speaker shares a first word with stays text.
    assertThat(segments.get(12).text()).isEqualTo("Caveat Emptor: buyer beware.");
    assertThat(problems).isEmpty();
  }

  @Test
  void srtBadTimingAndMissingTimingAreReportedAndTheRestKept() {
    List<Segment> segments = reader.read(Fixture.text("transcripts/bad-timing.srt"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(1.0, 2.0, null, "Good one."), new Segment(5.0, 6.0, null, "Good two."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "transcripts/bad-timing.srt:6: cue timing \"00:00:02,000 --> 00:00:0x,500\""
                + " is not a time",
            "transcripts/bad-timing.srt:10: cue \"Missing timing line.\" has no timing line"
                + " (like 00:00:01,000 --> 00:00:04,000); skipped");
  }

  @Test
  void srtCuesOutOfOrderComeOutInTimeOrder() {
    String srt =
        "1\n00:00:05,000 --> 00:00:06,000\nSecond.\n\n2\n00:00:01,000 --> 00:00:02,000\nFirst.\n";

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::text)
        .containsExactly("First.", "Second.");
  }

  @Test
  void srtWithoutNumbersIsReadWhenNamedSrt() {
    SourceText text = SourceText.of("a.srt", "00:00:01,000 --> 00:00:02,500\nNo number.\n");

    assertThat(reader.recognize(text)).contains("srt");
    assertThat(reader.read(text, problems::add))
        .containsExactly(new Segment(1.0, 2.5, null, "No number."));
  }

  @Test
  void srtTimingWithoutSpacesAroundTheArrowIsRead() {
    SourceText text = SourceText.of("a.srt", "1\n00:00:01,000-->00:00:02,000\nTight.\n");

    assertThat(reader.read(text, problems::add))
        .containsExactly(new Segment(1.0, 2.0, null, "Tight."));
  }

  /** The first 18 blocks of Podcasting 2.0 episode 124's SRT (SOURCES in ingest/formats). */
  @Test
  void podcastingTwoPointOhSrtLabelsTurnStartsAndTheBlocksUnderThemKeepTheSpeaker() {
    List<Segment> segments =
        reader.read(Fixture.text("ingest/formats/podcasting-2-0-episode-124.srt"), problems::add);

    assertThat(segments).hasSize(18);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                0.78, 6.21, "Adam Curry", "podcasting 2.0 March 4 2023 Episode 124 on D flat"));
    assertThat(segments.get(1))
        .isEqualTo(
            new Segment(
                6.21,
                12.99,
                "Adam Curry",
                "formable hello everybody welcome to a delayed board meeting of"));
    assertThat(segments.get(17).speaker()).isEqualTo("Dave Jones");
    assertThat(segments).extracting(Segment::speaker).doesNotContainNull();
    assertThat(problems).isEmpty();
  }
}
