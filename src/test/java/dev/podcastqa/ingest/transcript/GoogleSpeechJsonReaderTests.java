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
 * Google Cloud Speech-to-Text JSON: the UIS Security Podcast excerpt (SOURCES in README.md), a
 * diarized TED talk's, and the finished-operation wrapper with diarized words.
 */
class GoogleSpeechJsonReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void unpunctuatedWordsBackToBackAreCutIntoSentenceSizedUtterancesAtTheirOwnTimes() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/uis-security-sp003-google-speech.json"), problems::add);

    assertThat(transcript.format()).isEqualTo("google-speech-json");
    // no punctuation and no pause: each utterance ends before the word that would take it past
    // 20 s, or at the one pause (43.2 to 44.3) once it is 15 s long; the first word alone lasts
    // 25.6 s as Google wrote it
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::endSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, 25.6, null),
            tuple(25.6, 43.2, null),
            tuple(44.3, 64.3, null),
            tuple(64.3, 84.2, null),
            tuple(84.2, 104.0, null));
    assertThat(transcript.segments().get(0).text()).isEqualTo("no");
    assertThat(transcript.segments().get(1).text())
        .startsWith("it's Tuesday the 7th of March at welcome to the third ever uis security");
    assertThat(transcript.segments().get(4).text()).endsWith("is going to come up again today");
    assertThat(problems).isEmpty();
  }

  @Test
  void aLastResultRepeatingEveryWordWithItsSpeakerTagIsReadAlone() {
    Transcript transcript =
        reader.readTranscript(
            Fixture.text("ingest/formats/ted-kate-darling-google-diarized.json"), problems::add);

    assertThat(transcript.segments())
        .containsExactly(
            new Segment(
                12.9,
                19.6,
                "Speaker 2",
                "There was a day about 10 years ago when I asked a friend to hold a baby dinosaur"
                    + " robot upside down."));
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
