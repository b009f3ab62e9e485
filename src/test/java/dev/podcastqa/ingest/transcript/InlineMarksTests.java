package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times inside a turn's text, as Descript marks each minute of a transcript published as text. */
class InlineMarksTests {

  private final TranscriptReader reader = new TranscriptReader();

  @Test
  void threeTimesInsideTheTextStartTheWordsAfterThemInTheSameVoice() {
    String text =
        """
        [00:00:10] Ann: Welcome to the show. We talk about [00:01:00] harbours today.
        [00:01:20] Bob: Thanks. The tides [00:02:00] shape every harbour.
        Ann: And the silt [00:03:00] fills them.
        [00:03:30] Bob: Indeed.
        """;

    List<Segment> segments = reader.read(SourceText.of("talk.txt", text), p -> {});

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::speaker, Segment::text)
        .containsExactly(
            tuple(10.0, "Ann", "Welcome to the show. We talk about"),
            tuple(60.0, "Ann", "harbours today."),
            tuple(80.0, "Bob", "Thanks. The tides"),
            tuple(120.0, "Bob", "shape every harbour."),
            tuple(120.0, "Ann", "And the silt"),
            tuple(180.0, "Ann", "fills them."),
            tuple(210.0, "Bob", "Indeed."));
  }

  @Test
  void fewerTimesInsideTheTextAreWordsOfIt() {
    String text =
        """
        [00:00:10] Ann: The flood came at [00:01:00] on the tape.
        [00:01:20] Bob: Thanks.
        [00:01:30] Ann: Right.
        """;

    List<Segment> segments = reader.read(SourceText.of("talk.txt", text), p -> {});

    assertThat(segments)
        .extracting(Segment::text)
        .containsExactly("The flood came at [00:01:00] on the tape.", "Thanks.", "Right.");
  }
}
