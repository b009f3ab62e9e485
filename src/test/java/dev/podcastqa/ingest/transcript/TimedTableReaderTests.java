package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedTableReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  /** An excerpt of a Radiolab episode exported as an edit decision list (SOURCES in README.md). */
  @Test
  void anEditDecisionListsRowsAreUtterancesAtTheirRecordInTimes() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/radiolab-ashes-on-the-lawn-edl.tsv"), problems::add);

    assertThat(transcript.format()).isEqualTo("timed-table");
    List<Segment> segments = transcript.segments();
    assertThat(segments.get(0)).isEqualTo(new Segment(0, 1.36, null, "I'm Katie Thornton."));
    assertThat(segments)
        .extracting(Segment::text)
        .noneMatch(text -> text.contains("SPACE"))
        .noneMatch(text -> text.contains("| The Ashes on the Lawn |"));
    Segment story = segments.get(segments.size() - 1);
    assertThat(story.startSeconds()).isEqualTo(130.38);
    assertThat(story.endSeconds()).isEqualTo(147.35);
    assertThat(story.text()).startsWith("Where does the story start");
    assertThat(transcript.notes())
        .contains(
            "Special thanks to Dr. Anthony Fauci.",
            "A global pandemic. Thousands dying. A passive government. An afflicted group fueled"
                + " by grief and anger. In this episode, first aired in 2020, Reporter Tracie Hunte"
                + " wanted to understand this moment of pain and confusion. As she looked back three"
                + " decades, she found a complicated answer to a simple question: when nothing seems"
                + " to work, how do you make change?");
    assertThat(problems).isEmpty();
  }

  /**
   * Radiolab's own transcripts laid out the same way name their speakers, and leave some turns
   * untimed between two rows: those are said where the row above ends, in their own voice.
   */
  @Test
  void namedSpeakersAndUntimedTurnsBetweenRows() {
    String table =
        "EDL\tRecord In\tRecord Out\tClipname\tSubtitle\n"
            + "EDL\t00:09:03,016\t00:09:06,178\t| clip |\tSIMON ADLER: We're kicking it off in"
            + " Hangzhou.\n"
            + "EDL\t00:09:06,194\t00:09:07,511\t| clip |\tHAO FANG: [speaking Mandarin Chinese]\n"
            + "CHINESE REPORTER: [speaking Mandarin Chinese]\n"
            + "EDL\t00:09:14,051\t00:09:15,551\t| clip |\tSIMON ADLER: This is Hao Fang.\n"
            + "EDL\t00:15:18,258\t[The Doors' The End song playing]\n"
            + "EDL\t00:15:22,909\t00:15:24,464\t| clip |\tCHINESE REPORTER: Morrison started to"
            + " sing.\n";

    List<Segment> segments = reader.read(SourceText.of("dakou.tsv", table), problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(543.016, "SIMON ADLER"),
            tuple(546.194, "HAO FANG"),
            tuple(547.511, "CHINESE REPORTER"),
            tuple(554.051, "SIMON ADLER"),
            tuple(918.258, null),
            tuple(922.909, "CHINESE REPORTER"));
    assertThat(segments.get(3).text()).isEqualTo("This is Hao Fang.");
    assertThat(problems).isEmpty();
  }

  @Test
  void aDescriptionRightAboveTheFirstRowIsANote() {
    String table =
        "EDL\tRecord In\tRecord Out\tClipname\tSubtitle\n"
            + "Two hosts on trees.\n"
            + "EDL\t00:00:01,000\t00:00:02,000\t| c |\tHello.\n"
            + "EDL\t00:00:02,000\t00:00:03,000\t| c |\tAgain.\n";

    Transcript transcript = reader.readTranscript(SourceText.of("t.tsv", table), problems::add);

    assertThat(transcript.notes()).containsExactly("Two hosts on trees.");
    assertThat(transcript.segments()).hasSize(2);
  }

  @Test
  void anAudacityLabelTrackIsReadInSeconds() {
    String labels = "0.000000\t4.250000\tWelcome back.\n4.250000\t9.500000\tToday: bees.\n";

    List<Segment> segments = reader.read(SourceText.of("labels.txt", labels), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0, 4.25, null, "Welcome back."),
            new Segment(4.25, 9.5, null, "Today: bees."));
  }

  @Test
  void timestampedLinesWithOneTimeAreNoTable() {
    String text =
        "00:00:01\tAnn: Hello there.\n00:00:05\tBob: Hi Ann.\n00:00:09\tAnn: Let's start.\n";

    assertThat(reader.recognize(SourceText.of("turns.txt", text))).hasValue("text-transcript");
  }

  @Test
  void aTableWhoseFirstRowComesAfterALongPreambleIsNotTaken() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("A line of prose about the episode, number ").append(i).append(".\n");
    }
    text.append("EDL\t00:00:01,000\t00:00:02,000\t| c |\tHello.\n");
    text.append("EDL\t00:00:02,000\t00:00:03,000\t| c |\tAgain.\n");

    assertThat(reader.recognize(SourceText.of("notes.txt", text.toString()))).isEmpty();
  }
}
