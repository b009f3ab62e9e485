package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speech-to-text services' JSON, each a real file's excerpt (sources in the README of
 * src/test/resources/ingest/formats): their timed words merged into utterances at the words' own
 * times, with the speakers the service diarized.
 */
class ServiceJsonReadersTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  private Transcript read(String fixture) {
    return reader.readTranscript(Fixture.text("ingest/formats/" + fixture), problems::add);
  }

  @Test
  void amazonTranscribeItemsTakeTheirPunctuationAndTheSpeakerOfTheirDiarizedItem() {
    Transcript transcript = read("today-in-focus-amazon-transcribe.json");

    assertThat(transcript.format()).isEqualTo("amazon-transcribe-json");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(
                5.24,
                18.25,
                "Speaker 0",
                "Today the devastation of Cyclone e di one of the worst weather related disasters."
                    + " Toe ever hit the Southern Hemisphere on DH Sonya Soda on what on earth is"
                    + " going on in Parliament?"),
            new Segment(
                27.97, 30.6, "Speaker 1", "The people who were perhaps in the worst situation"));
    assertThat(problems).isEmpty();
  }

  @Test
  void deepgramWordsAreReadByTheirPunctuatedForm() {
    Transcript transcript = read("deepgram-preamble-nova3.json");

    assertThat(transcript.format()).isEqualTo("deepgram-json");
    assertThat(transcript.segments()).hasSize(1);
    Segment preamble = transcript.segments().get(0);
    assertThat(preamble.startSeconds()).isEqualTo(0.32);
    assertThat(preamble.endSeconds()).isEqualTo(18.592875);
    assertThat(preamble.speaker()).isNull();
    assertThat(preamble.text())
        .startsWith("We, the people of The United States, in order to form a more perfect union,")
        .endsWith("establish this constitution for The United States Of America.");
    assertThat(problems).isEmpty();
  }

  @Test
  void revAiTextElementsTakeTheFollowingPunctuationAndTheMonologuesSpeaker() {
    Transcript transcript = read("revai-startup-school-transcript.json");

    assertThat(transcript.format()).isEqualTo("revai-json");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(
                0.3,
                13.0,
                "Speaker 0",
                "Hi, my name's Jack resinger. And I'm gonna be talking about how to recruit a"
                    + " co-founder and a team for your startup. I'm gonna first give a quick"
                    + " overview of what we're gonna talk about. We're gonna start out by talking"
                    + " about the sorts of folks you might be looking for for your startup."));
    assertThat(problems).isEmpty();
  }

  @Test
  void speechmaticsWordsTakeTheSpeakerOfTheTurnTheyFallIn() {
    Transcript transcript = read("ted-kate-darling-speechmatics.json");

    assertThat(transcript.format()).isEqualTo("speechmatics-json");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(13.05, "Speaker F4"),
            tuple(21.92, "Speaker F4"),
            tuple(42.09, "Speaker F4"),
            tuple(55.27, "Speaker F3"));
    assertThat(transcript.segments().get(0))
        .isEqualTo(
            new Segment(
                13.05,
                19.53,
                "Speaker F4",
                "There was a day about 10 years ago when I asked a friend to hold a baby dinosaur"
                    + " robot upside down."));
    assertThat(transcript.segments().get(3).text())
        .isEqualTo("So we're watching the theatrical of this robot struggle and cry out.");
    assertThat(problems).isEmpty();
  }

  @Test
  void watsonTimestampsInsideAFinishedJobAreReadWithTheirSpeakerLabels() {
    Transcript transcript = read("ted-kate-darling-watson.json");

    assertThat(transcript.format()).isEqualTo("watson-json");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(
                13.04,
                19.52,
                "Speaker 1",
                "there is a day about ten years ago when I asked a friend to hold a baby dinosaur"
                    + " robot upside down"));
    assertThat(problems).isEmpty();
  }

  @Test
  void trintWordsAreReadInMilliseconds() {
    Transcript transcript = read("trint-testeisep.json");

    assertThat(transcript.format()).isEqualTo("trint-json");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::endSeconds, Segment::speaker)
        .containsExactly(tuple(3.05, 14.18, null));
    assertThat(transcript.segments().get(0).text())
        .startsWith("Primeiro queria saber como é que nasceu uma encomenda")
        .endsWith("para esta faixa etária aqui no");
    assertThat(problems).isEmpty();
  }
}
