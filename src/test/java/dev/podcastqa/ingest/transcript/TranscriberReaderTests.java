package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcriber {@code .trs} files: the Logbuch Netzpolitik 232 excerpt (SOURCES in README.md). */
class TranscriberReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void eachSyncPointIsACueEndingAtTheNextAndTheTurnsSpeakerIdIsNamed() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("ingest/formats/lnp232.trs"), problems::add);

    assertThat(transcript.format()).isEqualTo("transcriber");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(0.0, 2.55, "Tim Pritlove", "Guten Morgen Thomas"),
            new Segment(2.55, 25.07, "Thomas Lohninger", "Guten Morgen Tim"),
            new Segment(
                25.07,
                48.13,
                "Tim Pritlove",
                "Logbuch Netzpolitik Nummer 232 und ihr werdet es schon ahnen:"));
    assertThat(problems).isEmpty();
  }

  @Test
  void overlappingSpeechGivesEachSpeakerACueAtThePointAndEventsAreNoWords() {
    String trs =
        """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE Trans SYSTEM "trans-14.dtd">
        <Trans scribe="x" audio_filename="ep" version="1">
        <Speakers>
        <Speaker id="spk1" name="Ada Host" check="no"/>
        </Speakers>
        <Episode><Section type="report" startTime="0" endTime="12">
        <Turn speaker="spk1 spk2" startTime="4" endTime="6">
        <Sync time="4"/>
        <Who nb="1"/>
        yes
        <Event desc="laugh" type="noise" extent="instantaneous"/>
        indeed
        <Who nb="2"/>
        right
        <Sync time="5.5"/>
        <Comment desc="unclear"/>
        </Turn>
        <Turn startTime="6" endTime="7">
        <Sync time="6"/>
        music
        </Turn>
        </Section></Episode></Trans>
        """;

    List<Segment> segments = reader.read(SourceText.of("ep.trs", trs), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(4.0, 5.5, "Ada Host", "yes indeed"),
            new Segment(4.0, 5.5, "spk2", "right"),
            new Segment(6.0, 7.0, null, "music"));
    assertThat(problems).isEmpty();
  }

  @Test
  void xmlBrokenPartWayKeepsTheCuesBeforeItAndNamesTheLine() {
    String trs =
        """
        <Trans audio_filename="ep"><Episode><Section startTime="0" endTime="9">
        <Turn startTime="0" endTime="3"><Sync time="0"/>first words</Turn>
        <Turn startTime="3" endTime="9"><Sync time="x"/>no time
        <Sync time="5"/>second words
        </Section></Episode></Trans>
        """;

    List<Segment> segments = reader.read(SourceText.of("ep.trs", trs), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.0, 3.0, null, "first words"), new Segment(3.0, 5.0, null, "no time"));
    assertThat(problems)
        .extracting(Problem::line, Problem::reason)
        .containsExactly(
            tuple(3, "Sync time \"x\" is not a number of seconds; ignored"),
            tuple(
                5,
                "not well-formed Transcriber XML: The element type \"Turn\" must be terminated by"
                    + " the matching end-tag \"</Turn>\".; the rest lost"));
  }

  @Test
  void aTrsBrokenBeforeAnyCueIsNotRead() {
    SourceText broken = SourceText.of("ep.trs", "<Trans><Episode><Turn startTime=\"0\"><Sync");

    assertThatThrownBy(() -> reader.read(broken, problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not well-formed Transcriber XML");
  }
}
