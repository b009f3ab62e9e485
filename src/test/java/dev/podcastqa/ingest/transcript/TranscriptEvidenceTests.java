package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transcripts and show-notes pages told apart by what their timed lines look like. */
class TranscriptEvidenceTests {

  private final TranscriptReader reader = new TranscriptReader();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bracketed-speaker.txt",
        "rev.txt",
        "otter.txt",
        "time-then-speaker.txt",
        "bracketed-time-then-speaker.txt",
        "speaker-blocks.txt",
        "riverside-ranges.txt",
        "captions-copied.txt"
      })
  void everySpeakerLineShapeIsATextTranscript(String file) {
    assertThat(reader.recognize(Fixture.text("transcripts/shapes/" + file)))
        .contains("text-transcript");
  }

  @Test
  void showNotesPageWithFieldsAndShortChapterLinesIsNotATranscript() {
    assertThat(reader.recognize(Fixture.text("transcripts/shapes/show-notes.txt"))).isEmpty();
  }

  @Test
  void chapterLinesNamedLikeSpeakersButEachOnceAreNotATranscript() {
    SourceText text =
        SourceText.of(
            "notes.txt",
            """
            Intro (00:00)
            Origins (05:10)
            Funding (12:40)
            Outlook (31:02)
            """);

    assertThat(reader.recognize(text)).isEmpty();
  }

  @Test
  void sameTimedLinesWithSentencesSecondsApartAreATranscript() {
    SourceText text =
        SourceText.of(
            "notes.txt",
            """
            [00:00:00] Negotiation tactics in practice, we start there.
            [00:00:06] The history of hearing loss is a long one.
            [00:00:14] Measuring flood insurance is harder than it looks.
            [00:00:22] Why vector search matters to us.
            """);

    assertThat(reader.recognize(text)).contains("text-transcript");
  }
}
