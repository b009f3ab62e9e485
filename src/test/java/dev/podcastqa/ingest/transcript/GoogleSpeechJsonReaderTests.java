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
 * Google Cloud Speech-to-Text JSON: the UIS Security Podcast excerpt (SOURCES in README.md), and
 * the finished-operation wrapper with diarized words.
 */
class GoogleSpeechJsonReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void theWordsOfEachResultAreMergedIntoUtterancesAtTheirOwnTimes() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/uis-security-sp003-google-speech.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("google-speech-json");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::endSeconds, Segment::speaker)
        .containsExactly(tuple(0.0, 59.9, null), tuple(59.9, 104.0, null));
    assertThat(transcript.segments().get(0).text())
        .startsWith("no it's Tuesday the 7th of March at welcome to the third ever uis security");
    assertThat(transcript.segments().get(1).text()).endsWith("is going to come up again today");
    assertThat(problems).isEmpty();
  }

  @Test
  void anOperationsResponseIsReadWithSpeakerTagsAndAResultWithoutWordsIsAProblem() {
    String json =
        """
        {"name": "1649", "done": true, "response": {"results": [
          {"alternatives": [{"transcript": "guten Morgen Thomas", "words": [
            {"startTime": "0.100s", "endTime": "0.700s", "word": "guten", "speakerTag": 1},
            {"startTime": "0.700s", "endTime": "1.200s", "word": "Morgen", "speakerTag": 1},
            {"startTime": "1.200s", "endTime": "1.900s", "word": "Thomas", "speakerTag": 1},
            {"startTime": "2.600s", "endTime": "3.100s", "word": "Tim", "speakerTag": 2}]}]},
          {"alternatives": [{"transcript": "lost words"}]}
        ]}}
        """;

    List<Segment> segments = reader.read(SourceText.of("op.json", json), problems::add);

    assertThat(segments)
        .containsExactly(
            new Segment(0.1, 1.9, "Speaker 1", "guten Morgen Thomas"),
            new Segment(2.6, 3.1, "Speaker 2", "Tim"));
    assertThat(problems)
        .extracting(Problem::reason)
        .containsExactly("result 1 has no timed words; its transcript is left out: lost words");
  }
}
