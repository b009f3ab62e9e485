package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YouTube's own caption files as yt-dlp saves them (json3, srv3, srv2, srv1), each a real file's
 * excerpt (sources in the README of src/test/resources/ingest/formats): read by their content, at
 * the times they state, their text as a viewer sees it.
 */
class YoutubeCaptionsTests {

  private static final String LIVE = "ingest/formats/youtube-english-live-asr";

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  private Transcript read(String fixture) {
    return read(Fixture.text("ingest/formats/" + fixture));
  }

  private Transcript read(SourceText text) {
    return reader.readTranscript(text, problems::add);
  }

  private static List<String> words(List<Segment> segments) {
    return segments.stream().flatMap(s -> Arrays.stream(s.text().split(" "))).toList();
  }

  @Test
  void json3AutoCaptionsBecomeUtterancesOfTheirTimedWordsEachWordOnce() {
    Transcript transcript = read("youtube-english-live-asr.json3");

    assertThat(transcript.format()).isEqualTo("youtube-json3");
    List<Segment> segments = transcript.segments();
    // 396 words in 51 rolling lines; each line's "\n" append event adds none
    assertThat(words(segments)).hasSize(396);
    assertThat(segments.get(0))
        .isEqualTo(
            new Segment(
                0.0,
                15.959,
                null,
                "in the comments all right oh good I think we found some comments all right so we"
                    + " were going to get started and all change with you over here all right so"
                    + " if you have any questions you can write them in the same box the"));
    // no punctuation to end a sentence: once 15 s long an utterance ends at the next pause (the
    // next word a second later, as "the" at 16.16 s after "the" at 15.059 s), none past 20 s
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 16.16, 35.91, 55.739, 71.25, 88.979, 108.119, 127.799, 143.87);
    assertThat(segments).allMatch(s -> s.endSeconds() - s.startSeconds() <= 20);
    assertThat(segments.get(7).text()).startsWith("all right I will try to send this link");
    assertThat(segments.get(8).text()).endsWith("try to follow with us yes yes wonderful");
    assertThat(problems).isEmpty();
  }

  @Test
  void srv3OfTheSameAutoCaptionsReadsAsItsJson3() {
    Transcript srv3 = read("youtube-english-live-asr.srv3");

    assertThat(srv3.format()).isEqualTo("youtube-timedtext");
    assertThat(srv3.segments()).isEqualTo(read("youtube-english-live-asr.json3").segments());
    assertThat(problems).isEmpty();
  }

  @Test
  void webVttOfTheSameAutoCaptionsHasTheSameWordsAndEachUtteranceStartsInTheLineOfItsFirstWord() {
    List<Segment> json3 = read("youtube-english-live-asr.json3").segments();
    List<Segment> vtt = read("youtube-english-live-asr.vtt").segments();

    // the VTT reader keeps a line an utterance (51), the word times merge them (9)
    assertThat(vtt).hasSize(51);
    assertThat(words(vtt)).isEqualTo(words(json3));
    assertThat(vtt.get(0).startSeconds()).isEqualTo(json3.get(0).startSeconds());
    for (Segment utterance : json3) {
      Segment line =
          vtt.stream()
              .filter(l -> l.startSeconds() <= utterance.startSeconds())
              .reduce((a, b) -> b)
              .orElseThrow();
      assertThat(utterance.startSeconds() - line.startSeconds()).isBetween(0.0, 5.0);
      assertThat(line.text()).contains(utterance.text().split(" ")[0]);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void json3ManualCaptionsAreALineAnUtteranceTheirLineBreaksSpaces() {
    Transcript transcript = read("youtube-vanessa-manual.json3");

    assertThat(transcript.format()).isEqualTo("youtube-json3");
    assertThat(transcript.segments()).hasSize(12);
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::text)
        .startsWith(
            tuple(0.21, "Hi, I'm Vanessa from SpeakEnglishWithVanessa.com."),
            tuple(4.04, "Today, I have some good news and some bad news."),
            tuple(9.13, "Let's start with the bad news."));
    assertThat(transcript.segments().get(11))
        .isEqualTo(
            new Segment(
                49.179,
                55.19,
                null,
                "Now, you are an adult and you can choose what you do with English."));
    assertThat(problems).isEmpty();
  }

  @Test
  void srv1IsReadInSecondsWithItsDoublyEscapedApostrophes() {
    Transcript transcript = read("youtube-me-at-the-zoo.srv1");

    assertThat(transcript.format()).isEqualTo("youtube-timedtext");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(
            tuple(1.2, "All right, so here we are, in front of the elephants"),
            tuple(5.318, "the cool thing about these guys is that they have really..."),
            tuple(7.974, "really really long trunks"),
            tuple(12.616, "and that's cool"),
            tuple(14.421, "(baaaaaaaaaaahhh!!)"),
            tuple(16.881, "and that's pretty much all there is to say"));
    assertThat(problems).isEmpty();
  }

  @Test
  void srv3ManualCaptionsOfTheSameVideoReadAsItsSrv1() {
    assertThat(read("youtube-me-at-the-zoo.srv3").segments())
        .isEqualTo(read("youtube-me-at-the-zoo.srv1").segments());
    assertThat(problems).isEmpty();
  }

  @Test
  void aMusicMarkStaysAnUtteranceOfItsOwnAndRepeatedWordsThatWereSaidStay() {
    assertThat(read("youtube-mkbhd-asr.srv3").segments())
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(
            tuple(0.75, "[Music]"),
            tuple(9.28, "ridiculous ridiculous transitions okay what's up mkbhd here"));
    assertThat(read("youtube-polyfish-asr.srv3").segments())
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(
            tuple(
                0.0,
                "I'm just here to say what works for me because you know sometimes people come"));
    assertThat(problems).isEmpty();
  }

  @Test
  void srv2WordsAppendedToTheirLineAreOneUtterance() {
    Transcript transcript = read("youtube-create-srt-asr.srv2");

    assertThat(transcript.format()).isEqualTo("youtube-timedtext");
    assertThat(transcript.segments())
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(tuple(4.16, "We are"));
    assertThat(problems).isEmpty();
  }

  @Test
  void captionsAreKnownByTheirContentWhateverTheFileIsCalled() {
    String json3 = Fixture.text(LIVE + ".json3").content();
    String srv3 = Fixture.text(LIVE + ".srv3").content();

    assertThat(reader.recognize(SourceText.of("captions.txt", json3))).contains("youtube-json3");
    assertThat(reader.recognize(SourceText.of("captions.xml", srv3))).contains("youtube-timedtext");
  }

  @Test
  void json3CutOffPartWayKeepsTheEventsBeforeTheBreakAndNamesItsLine() {
    String content = Fixture.text(LIVE + ".json3").content();
    String cut = content.substring(0, content.indexOf("\"tStartMs\": 60300"));

    List<Segment> segments = read(SourceText.of("cut.json3", cut)).segments();

    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 16.16, 35.91, 55.739);
    assertThat(segments.get(3).text())
        .isEqualTo(
            "this over here and get started all right so they maybe should have the mind map");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).location()).isEqualTo("cut.json3");
    assertThat(problems.get(0).line()).isEqualTo(993);
    assertThat(problems.get(0).reason())
        .startsWith("invalid JSON")
        .endsWith("; the events after it are lost");
  }

  @Test
  void aJson3EventWithoutATimeIsAProblemNamingItsLineAndTheRestIsRead() {
    String content =
        Fixture.text(LIVE + ".json3")
            .content()
            .replace("\"tStartMs\": 17730,", "\"tStartMs\": \"soon\",");

    List<Segment> segments = read(SourceText.of("live.json3", content)).segments();

    assertThat(problems)
        .containsExactly(
            new Problem(
                "live.json3",
                300,
                "event has no readable \"tStartMs\" (\"soon\"); skipped: \"oh it's great to meet"
                    + " you too and I hope\""));
    assertThat(String.join(" ", words(segments))).doesNotContain("great to meet you");
    assertThat(words(segments)).hasSize(396 - 10);
  }

  @Test
  void anSrv3LineWithoutATimeIsAProblemNamingItsLineAndTheRestIsRead() {
    String content =
        Fixture.text(LIVE + ".srv3").content().replace("<p t=\"17730\"", "<p t=\"soon\"");

    List<Segment> segments = read(SourceText.of("live.srv3", content)).segments();

    assertThat(problems)
        .containsExactly(
            new Problem("live.srv3", 30, "caption line has no readable t=\"soon\"; skipped"));
    assertThat(words(segments)).hasSize(396 - 10);
  }

  @Test
  void srv3BrokenPartWayKeepsTheLinesBeforeTheBreakAndNamesItsLine() {
    String content = Fixture.text(LIVE + ".srv3").content();
    int line30 = content.indexOf("<p t=\"17730\"");
    String broken =
        content.substring(0, line30) + content.substring(line30).replaceFirst("</p>", "</q>");

    List<Segment> segments = read(SourceText.of("broken.srv3", broken)).segments();

    // the lines up to the broken one, its words read before the break included
    assertThat(words(segments)).hasSize(59);
    assertThat(String.join(" ", words(segments))).endsWith("meet you too and I hope");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(30);
    assertThat(problems.get(0).reason())
        .startsWith("not well-formed YouTube timedtext XML")
        .endsWith("; the rest lost");
  }
}
