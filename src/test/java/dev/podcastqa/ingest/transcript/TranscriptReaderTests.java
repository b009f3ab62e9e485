package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  private static SourceText renamed(String fixture, String name) {
    return SourceText.of(name, Fixture.text(fixture).content());
  }

  @Test
  void contentDecidesTheFormatBeforeTheExtension() {
    assertThat(reader.recognize(renamed("transcripts/interview.vtt", "x.srt"))).contains("webvtt");
    assertThat(reader.recognize(renamed("transcripts/interview.srt", "x.txt"))).contains("srt");
    assertThat(reader.recognize(renamed("transcripts/words.json", "x.vtt")))
        .contains("podcast-json-transcript");
    assertThat(reader.recognize(renamed("transcripts/interview.txt", "x.json")))
        .contains("text-transcript");
  }

  @Test
  void chaptersJsonAndPlainProseAreNotTranscripts() {
    SourceText chapters =
        SourceText.of("c.json", "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0}]}");
    SourceText prose = SourceText.of("p.txt", "Just a page.\nWith two lines.\n");

    assertThat(reader.recognize(chapters)).isEmpty();
    assertThat(reader.recognize(prose)).isEmpty();
  }

  @Test
  void readingSomethingThatIsNotATranscriptFailsWithAClearReason() {
    SourceText prose = SourceText.of("notes/p.txt", "Just a page.\n");

    assertThatThrownBy(() -> reader.read(prose, problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "notes/p.txt: not a transcript: expected WebVTT, SRT, SBV, TTML, Transcriber,"
                + " YouTube's json3 or timedtext XML (srv1, srv2, srv3),"
                + " Podcasting 2.0 or Whisper JSON or TSV, a JSON list of timed pieces, a"
                + " tab-separated table of start and end times and text, Google Speech, AssemblyAI, Amazon Transcribe, Deepgram, Rev.ai, Speechmatics, IBM Watson"
                + " or Trint JSON, HTML with data-start or onclick times or lines starting"
                + " with a timestamp");
  }

  @Test
  void transcriptWithNoReadableCueFails() {
    SourceText empty = SourceText.of("e.vtt", "WEBVTT\n\nNOTE nothing here\n");

    assertThatThrownBy(() -> reader.read(empty, problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage("e.vtt: the webvtt file has no cues");
  }

  @Test
  void aRememberingReaderGivesTheSameTranscriptAndProblemsForTheSameTextWithoutParsingAgain() {
    TranscriptReader remembering = TranscriptReader.remembering(8);
    String vtt = Fixture.text("transcripts/bad-timing.vtt").content();
    List<Problem> parsed = new ArrayList<>();
    Transcript expected =
        reader.readTranscript(SourceText.of("https://x.org/t.vtt", vtt), parsed::add);

    Transcript first =
        remembering.readTranscript(SourceText.of("https://x.org/t.vtt", vtt), problems::add);
    List<Problem> again = new ArrayList<>();
    Transcript second =
        remembering.readTranscript(SourceText.of("https://x.org/t.vtt", vtt), again::add);
    Transcript changed =
        remembering.readTranscript(
            SourceText.of("https://x.org/t.vtt", vtt + "\n"), new ArrayList<Problem>()::add);

    assertThat(parsed).isNotEmpty();
    assertThat(first).isEqualTo(expected);
    assertThat(problems).isEqualTo(parsed);
    assertThat(second).isSameAs(first);
    assertThat(again).isEqualTo(parsed);
    assertThat(changed).isNotSameAs(first);
  }
}
