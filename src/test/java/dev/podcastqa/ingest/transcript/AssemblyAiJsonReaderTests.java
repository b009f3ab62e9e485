package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AssemblyAI transcript JSON: the Huberman Lab AMA excerpt (SOURCES in README.md). */
class AssemblyAiJsonReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void wordsInMillisecondsAreMergedIntoSentencesAndTakeTheirUtterancesSpeaker() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/huberman-lab-ama-assemblyai.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("assemblyai-json");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(
                0.41,
                6.08,
                "Speaker A",
                "Welcome to the Huberman Lab podcast, where we discuss science and science based"
                    + " tools for everyday life."),
            new Segment(
                9.25,
                17.642,
                "Speaker A",
                "I'm Andrew Huberman, and I'm a professor of neurobiology and ophthalmology at"
                    + " Stanford School of Medicine. Today is an ask me anything episode,"));
    assertThat(problems).isEmpty();
  }

  @Test
  void utterancesAloneAreReadAndOneWithoutAStartIsAProblem() {
    String json =
        """
        {"audio_url": "https://example.org/ep.mp3", "words": [], "utterances": [
          {"speaker": "A", "start": 410, "end": 5200, "text": "Welcome to the show."},
          {"speaker": "B", "end": 9000, "text": "Lost words."},
          {"speaker": "B", "start": 9100, "end": 12000, "text": "Thanks for having me."}]}
        """;

    List<Segment> segments = reader.read(SourceText.of("aai.json", json), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.41, 5.2, "Speaker A", "Welcome to the show."),
            new Segment(9.1, 12.0, "Speaker B", "Thanks for having me."));
    assertThat(problems)
        .extracting(Problem::reason)
        .containsExactly("\"Lost words.\" has no start in milliseconds; skipped");
  }
}
