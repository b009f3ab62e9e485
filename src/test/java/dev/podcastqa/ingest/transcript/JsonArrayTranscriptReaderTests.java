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
 * Transcripts that are a bare JSON list of timed pieces: the Vector Podcast's Whisper segments and
 * two Podlove Publisher transcripts (SOURCES in README.md), and the common variants of their field
 * names.
 */
class JsonArrayTranscriptReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void whisperSegmentsSavedAsAListAreReadWithTheirOwnTimes() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/vector-podcast-whisper-segments.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("json-array-transcript");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::endSeconds)
        .containsExactly(
            tuple(0.0, 23.0),
            tuple(24.0, 27.0),
            tuple(27.0, 32.0),
            tuple(32.0, 36.0),
            tuple(36.0, 39.0),
            tuple(39.0, 49.0));
    assertThat(transcript.segments().get(0).text()).isEqualTo("Hello, vector podcast is here.");
    assertThat(problems).isEmpty();
  }

  @Test
  void wholeNumberStartsPastTenHoursAreMilliseconds() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/lalaland-subtitles-ms.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("json-array-transcript");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds)
        .containsExactly(0.001, 25.801, 28.801, 30.901, 65.401);
    assertThat(problems).isEmpty();
  }

  @Test
  void subtitleMarkupIsRemovedAndLinesJoined() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/lalaland-subtitles-ms.json"), problems::add);

    assertThat(transcript.segments())
        .extracting(Segment::text)
        .containsExactly(
            "Subtitles: @marlonrock1986 (^^V^^)",
            "It's another hot, sunny day today here in Southern California.",
            "Temperature is 84\uFFFDF for downtown Los Angeles.",
            "Overnight lows of 75. [...]",
            "Ba-ba-da ba-da ba-da-ba-ba");
  }

  @Test
  void aPieceOfMarkupAloneIsNoCue() {
    List<Segment> segments =
        reader.read(
            SourceText.of(
                "a.json",
                "[{\"start\": 1.5, \"end\": 2, \"text\": \"<i>\\n</i>\"},"
                    + " {\"start\": 2, \"end\": 4, \"text\": \"<i>Still I did\\nwhat I had to"
                    + " do</i>\"}]"),
            problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(tuple(2.0, "Still I did what I had to do"));
  }

  @Test
  void wholeNumberSecondsOfAnHourLongEpisodeStaySeconds() {
    List<Segment> segments =
        reader.read(
            SourceText.of(
                "a.json",
                "[{\"start\": 0, \"end\": 5, \"text\": \"Hello there everyone.\"},"
                    + " {\"start\": 3590, \"end\": 3600, \"text\": \"Goodbye from us all.\"}]"),
            problems::add);

    assertThat(segments).extracting(Segment::startSeconds).containsExactly(0.0, 3590.0);
  }

  @Test
  void podloveTranscriptsNameTheSpeakerByTheVoiceNotTheContributorsNumber() {
    Transcript podlovers =
        reader.readTranscript(
            Fixture.text("ingest/formats/podlovers-03-podlove.json"), problems::add);
    Transcript forschergeist =
        reader.readTranscript(
            Fixture.text("ingest/formats/forschergeist-64-podlove.json"), problems::add);

    assertThat(podlovers.segments())
        .extracting(Segment::startSeconds, Segment::speaker)
        .startsWith(
            tuple(0.005, "Eric"),
            tuple(9.6, "Simon"),
            tuple(10.996, "Eric"),
            tuple(14.9, "Michi"),
            tuple(16.0, "Eric"),
            tuple(16.459, "Alex"));
    assertThat(podlovers.segments()).hasSize(12);
    assertThat(podlovers.segments().get(1)).isEqualTo(new Segment(9.6, 10.8, "Simon", "Hallo."));
    assertThat(forschergeist.segments())
        .extracting(Segment::speaker)
        .containsExactly(
            "timpritlove",
            "timpritlove",
            "timpritlove",
            "timpritlove",
            "timpritlove",
            "timpritlove",
            "timpritlove",
            "robertranisch",
            "timpritlove",
            "robertranisch");
    assertThat(forschergeist.segments().get(7))
        .isEqualTo(new Segment(86.401, 87.6, "robertranisch", "Hallo, guten Tag."));
    assertThat(problems).isEmpty();
  }

  @Test
  void startTimeEndTimeSpeakerAndMillisecondVariantsAreRead() {
    String camel =
        """
        [{"startTime": 0.5, "endTime": 4.0, "speaker": "Ada", "body": "Welcome to the show."},
         {"startTime": "00:00:04.000", "endTime": "00:00:09.500", "speaker": "Bob", "body": "Thanks."}]
        """;
    String millis =
        """
        [{"start_ms": 1200, "end_ms": 5000, "content": "Hello there, everyone."},
         {"start_ms": 5000, "end_ms": 9000, "content": "Glad to be here today."}]
        """;

    assertThat(reader.read(SourceText.of("a.json", camel), problems::add))
        .containsExactly(
            new Segment(0.5, 4.0, "Ada", "Welcome to the show."),
            new Segment(4.0, 9.5, "Bob", "Thanks."));
    assertThat(reader.read(SourceText.of("b.json", millis), problems::add))
        .extracting(Segment::startSeconds, Segment::endSeconds)
        .containsExactly(tuple(1.2, 5.0), tuple(5.0, 9.0));
    assertThat(problems).isEmpty();
  }

  @Test
  void aPieceWithoutATimeIsAProblemNamingItsLineAndTheRestAreRead() {
    String json =
        """
        [
          {"start": 0.0, "end": 2.0, "text": "First words here."},
          {"start": "soon", "end": 4.0, "text": "Lost words here."},
          {"start": 4.0, "end": 6.0, "text": "Last words here."}
        ]
        """;

    List<Segment> segments = reader.read(SourceText.of("c.json", json), problems::add);

    assertThat(segments).extracting(Segment::startSeconds).containsExactly(0.0, 4.0);
    assertThat(problems)
        .extracting(Problem::line, Problem::reason)
        .containsExactly(
            tuple(
                3,
                "piece 1 has no readable start time; skipped: {\"start\":\"soon\",\"end\":4.0,"
                    + "\"text\":\"Lost words here.\"}"));
  }

  @Test
  void aListOfOtherThingsIsNoTranscript() {
    assertThat(reader.recognize(SourceText.of("d.json", "[{\"id\": 1, \"name\": \"x\"}]")))
        .isEmpty();
  }
}
