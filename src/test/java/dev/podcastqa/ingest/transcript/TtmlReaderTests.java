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

class TtmlReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void ttmlCaptionFileReadsEveryParagraphWithItsClockTimes() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("ingest/formats/stream-captions.ttml"), problems::add);

    assertThat(transcript.format()).isEqualTo("ttml");
    List<Segment> segments = transcript.segments();
    assertThat(segments).hasSize(40);
    assertThat(segments.get(0))
        .isEqualTo(new Segment(0.0, 2.44, null, "Hey guys, welcome back to another video today."));
    assertThat(segments.get(39)).isEqualTo(new Segment(94.07, 94.67, null, "gadgets here."));
    assertThat(segments).extracting(Segment::speaker).containsOnlyNulls();
    assertThat(problems).isEmpty();
  }

  @Test
  void applePodcastsWordSpansAreSeparatedAndAgentsAreSpeakers() {
    List<Segment> segments =
        reader.read(Fixture.text("ingest/formats/apple-podcasts.ttml"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.22, 28.62, "SPEAKER_1", "Welcome to WarTalk. With us today."),
            new Segment(30.0, 35.5, "SPEAKER_2", "Thanks for having me."));
    assertThat(problems).isEmpty();
  }

  @Test
  void agentNamedInTheHeadSpeaksByItsNameAndEveryTimeFormIsRead() {
    String ttml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"
            xmlns:ttp="http://www.w3.org/ns/ttml#parameter" ttp:tickRate="10000000"
            ttp:frameRate="30">
          <head><metadata>
            <ttm:agent xml:id="host" type="person">
              <ttm:name type="full">Ada Host</ttm:name>
            </ttm:agent>
          </metadata></head>
          <body><div ttm:agent="host">
            <p begin="10000000t" end="25000000t">Ticks<br/>and a break.</p>
            <p begin="00:00:03:15" dur="1s">Frames.</p>
            <p begin="7500ms" end="0.5m" ttm:agent="guest">Offsets.</p>
            <p><span begin="31s" end="32s">Times</span>
              <span begin="32s" end="33.5s">on spans.</span></p>
            <p begin="40s">No end.</p>
            <p begin="00:01:00.0000000" end="00:01:01.2500000">Seven digits.</p>
          </div></body>
        </tt>
        """;

    List<Segment> segments = reader.read(SourceText.of("times.ttml", ttml), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(1.0, 2.5, "Ada Host", "Ticks and a break."),
            new Segment(3.5, 4.5, "Ada Host", "Frames."),
            new Segment(7.5, 30.0, "guest", "Offsets."),
            new Segment(31.0, 33.5, "Ada Host", "Times on spans."),
            new Segment(40.0, 60.0, "Ada Host", "No end."),
            new Segment(60.0, 61.25, "Ada Host", "Seven digits."));
    assertThat(problems).isEmpty();
  }

  @Test
  void ttmlTimeThatIsNoTimeSkipsItsParagraphWithAProblemNamingTheLine() {
    String ttml =
        """
        <tt xmlns="http://www.w3.org/ns/ttml"><body><div>
        <p begin="00:00:01.000" end="00:00:02.000">Kept.</p>
        <p begin="soon" end="00:00:03.000">Lost.</p>
        <p begin="00:00:04.000" end="00:00:05.000">Also kept.</p>
        </div></body></tt>
        """;

    List<Segment> segments = reader.read(SourceText.of("bad-time.ttml", ttml), problems::add);

    assertThat(segments).extracting(Segment::text).containsExactly("Kept.", "Also kept.");
    assertThat(problems)
        .extracting(Problem::location, Problem::line)
        .contains(org.assertj.core.groups.Tuple.tuple("bad-time.ttml", 3));
    assertThat(problems.get(0).reason()).contains("\"soon\" is not a TTML time");
  }

  @Test
  void ttmlCutShortKeepsTheCuesBeforeAndNamesTheLineWhereItBreaks() {
    String ttml =
        """
        <tt xmlns="http://www.w3.org/ns/ttml"><body><div>
        <p begin="1s" end="2s">First.</p>
        <p begin="2s" end="3s">Second.</p>
        <p begin="3s" end="4s">Broken</span></p>
        </div></body></tt>
        """;

    List<Segment> segments = reader.read(SourceText.of("cut.ttml", ttml), problems::add);

    assertThat(segments).extracting(Segment::text).containsExactly("First.", "Second.");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).location()).isEqualTo("cut.ttml");
    assertThat(problems.get(0).line()).isEqualTo(4);
    assertThat(problems.get(0).reason()).startsWith("not well-formed TTML: ");
  }

  @Test
  void ttmlThatBreaksBeforeAnyCueIsASourceExceptionNamingFileAndLine() {
    String ttml = "<tt xmlns=\"http://www.w3.org/ns/ttml\">\n<body>\n<div>\n<p begin=1s>x</p>";

    assertThatThrownBy(() -> reader.read(SourceText.of("early.ttml", ttml), problems::add))
        .isInstanceOfSatisfying(
            SourceException.class,
            e -> {
              assertThat(e.problem().location()).isEqualTo("early.ttml");
              assertThat(e.problem().line()).isEqualTo(4);
              assertThat(e.problem().reason()).startsWith("not well-formed TTML");
            });
  }

  @Test
  void ttmlExternalEntityIsNeverResolved() {
    String ttml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE tt [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <tt xmlns="http://www.w3.org/ns/ttml"><body><div>
        <p begin="1s" end="2s">Before.</p>
        <p begin="2s" end="3s">&secret;</p>
        </div></body></tt>
        """;

    List<Segment> segments = reader.read(SourceText.of("xxe.ttml", ttml), problems::add);

    assertThat(segments).extracting(Segment::text).containsExactly("Before.");
    assertThat(problems).extracting(Problem::line).containsExactly(5);
  }
}
