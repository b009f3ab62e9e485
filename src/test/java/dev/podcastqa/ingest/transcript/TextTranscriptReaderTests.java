package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTranscriptReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void textTranscriptUtterancesEndWhereTheNextStartsAndContinuationLinesJoin() {
    List<Segment> segments = reader.read(Fixture.text("transcripts/interview.txt"), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.0, 5.0, "Tim", "Welcome back to the show."),
            new Segment(5.0, 70.0, "Neel", "Thanks for having me. It's a pleasure to be here."),
            new Segment(70.0, 123.0, "Tim", "Let's talk about grokking."),
            new Segment(
                123.0,
                150.0,
                "Neel",
                "Grokking is sudden generalization, long after the model has memorised the data."),
            new Segment(150.0, 165.0, null, "Warning: this part is loud, turn it down."),
            new Segment(165.0, 165.0, null, "And then the applause."));
    assertThat(problems).isEmpty();
  }

  @Test
  void textTranscriptIsRecognizedByContentWhateverItsName() {
    SourceText text = SourceText.of("notes", Fixture.text("transcripts/interview.txt").content());

    assertThat(reader.recognize(text)).contains("text-transcript");
  }

  @Test
  void episodePageWithATableOfContentsIsNotATranscript() {
    assertThat(reader.recognize(Fixture.text("transcripts/episode-page.txt"))).isEmpty();
  }

  @Test
  void chapterListOfTitleCaseHeadingsIsNotATranscript() {
    assertThat(reader.recognize(Fixture.text("transcripts/chapter-list.txt"))).isEmpty();
  }

  @Test
  void textTranscriptLinesWithoutSpeakerKeepTheirText() {
    SourceText text =
        SourceText.of(
            "t.txt", "[00:00] so we begin here\n[00:04] and then we go on\n[00:09] and we end\n");

    assertThat(reader.read(text, problems::add))
        .containsExactly(
            new Segment(0.0, 4.0, null, "so we begin here"),
            new Segment(4.0, 9.0, null, "and then we go on"),
            new Segment(9.0, 9.0, null, "and we end"));
  }

  @Test
  void textTranscriptTimestampGoingBackIsReported() {
    SourceText text =
        SourceText.of(
            "t.txt",
            "[00:00:10] Ann: First thing.\n[00:00:05] Ann: Oops, earlier.\n"
                + "[00:00:20] Ann: Later on.\n");

    List<Segment> segments = reader.read(text, problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(5.0, 20.0, "Ann", "Oops, earlier."),
            new Segment(10.0, 10.0, "Ann", "First thing."),
            new Segment(20.0, 20.0, "Ann", "Later on."));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "t.txt:2: timestamp 00:00:05.000 goes back before the line above (00:00:10.000);"
                + " check the time on this line");
  }

  @Test
  void timeOverlappingTheLineAboveIsSpeechNotAMistake() {
    SourceText text =
        SourceText.of(
            "t.txt",
            "0:32:12.4 **Jason** Grooming the data is such a critical part of it-\n"
                + "0:32:31.7 **Adam** Hmm.\n"
                + "0:32:31.6 **Jason** Still, garbage in, garbage out.\n"
                + "0:32:29.6 **Adam** Two seconds back is still overlap.\n"
                + "0:32:36.0 **Adam** And then there is over represented data.\n"
                + "0:32:33.9 **Jason** This one goes back too far.\n"
                + "0:32:50.0 **Adam** Right.\n");

    List<Segment> segments = reader.read(text, problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::endSeconds)
        .containsExactly(
            tuple(1932.4, 1951.7),
            tuple(1949.6, 1956.0),
            tuple(1951.6, 1956.0),
            tuple(1951.7, 1951.7),
            tuple(1953.9, 1970.0),
            tuple(1956.0, 1956.0),
            tuple(1970.0, 1970.0));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "t.txt:6: timestamp 00:32:33.900 goes back before the line above (00:32:36.000);"
                + " check the time on this line");
  }
}
