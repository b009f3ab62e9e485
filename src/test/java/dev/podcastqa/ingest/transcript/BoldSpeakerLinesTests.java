package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timed lines that write their speaker in Markdown bold: {@code 0:00:13.8 **Jane Doe** text}. */
class BoldSpeakerLinesTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void aRealTranscriptOfBoldSpeakersKeepsEachTurnsSpeakerTimeAndWordsOnly() {
    List<Segment> segments =
        reader.read(Fixture.text("ingest/formats/bookbytes-047.txt"), problems::add);

    assertThat(segments)
        .extracting(Segment::speaker)
        .containsExactly(
            "Speaker 0", "Speaker 1", "Speaker 0", "Speaker 1", "Speaker 0", "Speaker 1");
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(15.1, 43.7, 79.88, 114.4, 138.685, 141.5);
    assertThat(segments.get(0).text()).startsWith("Hello and welcome to Book Bytes");
    assertThat(segments.get(2).text()).startsWith("Yeah, it's been quite a while");
    assertThat(segments.get(4).text()).isEqualTo("Since the last book?");
    assertThat(problems).isEmpty();
  }

  @Test
  void aBoldNameWithItsColonInsideOrOutsideIsTheSpeakerAndAnUntimedOneALabel() {
    SourceText text =
        SourceText.of(
            "t.txt",
            "0:00:13.8 **Adam Garrett-Harris:** Welcome to the show.\n\n"
                + "0:00:21.9 __Jen Luker__: Hello.\n\n"
                + "0:00:23.0 **Adam Garrett-Harris** So, welcome.\n"
                + "**Jen Luker:** Thank you.\n");

    assertThat(reader.read(text, problems::add))
        .extracting(Segment::speaker, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Adam Garrett-Harris", "Welcome to the show."),
            org.assertj.core.groups.Tuple.tuple("Jen Luker", "Hello."),
            org.assertj.core.groups.Tuple.tuple("Adam Garrett-Harris", "So, welcome."),
            org.assertj.core.groups.Tuple.tuple("Jen Luker", "Thank you."));
  }

  @Test
  void boldWordsThatAreNotANameStayInTheText() {
    SourceText text =
        SourceText.of(
            "t.txt",
            "[00:00] **Note: this part was cut.** We begin here\n"
                + "[00:04] and then we go on\n[00:09] and we end\n");

    assertThat(reader.read(text, problems::add).get(0).text())
        .isEqualTo("**Note: this part was cut.** We begin here");
  }
}
