package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SubRip written one word a cue, as word-level caption tools write it (AssemblyAI's and WhisperX's
 * karaoke exports, stable-ts with one word a line): probe36b found a 71-minute episode read as
 * 10,795 one-word segments, so its episode page listed 10,796 lines of one word each with a
 * timestamp, and the speakers, which such files mark by an ASS colour code before each word, were
 * lost. These fail on main e5d96fc.
 *
 * <p>{@code ingest/formats/strato-episode004-assemblyai-words.srt} is the first 30 blocks, byte for
 * byte, of {@code
 * intermediates/episode004-taylor-gerring/episode004-taylor-gerring_assemblyai_opus.srt} in
 * github.com/bobsummerwill/strato-transcripts (commit e3ced4fd3728ebd0792ebabf36a7525997c6e776,
 * file last touched in 24eb3b3b7ee45026673d0bda4c8d08d3f9af3b99; no licence file seen), Early Days
 * of Ethereum episode 4: 10,795 blocks of one word each, its four voices in four colours. CUT after
 * block 30, in the middle of a sentence.
 */
class WordLevelSrtTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  private static String cue(int n, String from, String to, String text) {
    return n + "\n00:00:" + from + " --> 00:00:" + to + "\n" + text + "\n\n";
  }

  @Test
  void oneWordCuesAreMergedIntoUtterancesAsTimedWordsAre() {
    String srt =
        cue(1, "00,000", "00,400", "Welcome")
            + cue(2, "00,400", "00,700", "back")
            + cue(3, "00,700", "01,200", "everyone.")
            + cue(4, "03,200", "03,500", "Thanks")
            + cue(5, "03,500", "03,700", "for")
            + cue(6, "03,700", "04,000", "having")
            + cue(7, "04,000", "04,400", "me.");

    List<Segment> segments = reader.read(SourceText.of("ep_words.srt", srt), problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(tuple(0.0, "Welcome back everyone."), tuple(3.2, "Thanks for having me."));
  }

  @Test
  void aColourCodeBeforeEachWordTellsTheVoicesApart() {
    String srt =
        cue(1, "00,000", "00,400", "{\\c&HFFF000&}Welcome")
            + cue(2, "00,400", "00,700", "{\\c&HFFF000&}back")
            + cue(3, "00,700", "01,200", "{\\c&HFFF000&}everyone.")
            + cue(4, "01,300", "01,500", "{\\c&HCC55FF&}Thanks")
            + cue(5, "01,500", "01,700", "{\\c&HCC55FF&}for")
            + cue(6, "01,700", "02,000", "{\\c&HCC55FF&}having")
            + cue(7, "02,000", "02,400", "{\\c&HCC55FF&}me.");

    List<Segment> segments = reader.read(SourceText.of("ep_words.srt", srt), problems::add);

    assertThat(segments).hasSize(2);
    assertThat(segments.get(0).speaker()).isNotNull();
    assertThat(segments.get(1).speaker()).isNotNull().isNotEqualTo(segments.get(0).speaker());
  }

  @Test
  void assemblyAiWordSrtIsReadAsTurnsOfItsFourColouredVoices() {
    List<Segment> segments =
        reader.read(
            Fixture.text("ingest/formats/strato-episode004-assemblyai-words.srt"), problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::speaker, Segment::text)
        .containsExactly(
            tuple(130.43, "Speaker 1", "M."),
            tuple(133.68, "Speaker 2", "That little flub."),
            tuple(136.479, "Speaker 3", "Fantastic."),
            tuple(139.84, "Speaker 4", "All here."),
            // 3.8 s of silence before it: a new utterance of the same voice
            tuple(144.319, "Speaker 4", "Hello."),
            tuple(144.719, "Speaker 1", "Hello."),
            tuple(145.52, "Speaker 4", "We are back."),
            tuple(146.96, "Speaker 2", "Great."),
            tuple(
                148.4,
                "Speaker 3",
                "Yeah, uh, you know, technical difficulties, I suppose it's common. I think we"
                    + " wanted to start at"));
    assertThat(segments.get(8).endSeconds()).isEqualTo(155.08);
    assertThat(problems).isEmpty();
  }

  @Test
  void oneColourThroughoutIsStylingAndNamesNoVoice() {
    String srt =
        cue(1, "00,000", "00,400", "{\\c&HFFFFFF&}Welcome")
            + cue(2, "00,400", "00,700", "{\\c&HFFFFFF&}back")
            + cue(3, "00,700", "01,200", "{\\c&HFFFFFF&}everyone.");

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::speaker, Segment::text)
        .containsExactly(tuple(null, "Welcome back everyone."));
  }

  /** Karaoke captions repeat a line a cue for each word, the word being said lit in a colour. */
  @Test
  void karaokeCuesThatLightTheWordBeingSaidNameNoVoice() {
    String lit = "<font color=\"#00ff00\">";
    String plain = "<font color=\"#ffffff\">";
    String srt =
        cue(1, "00,000", "00,400", lit + "Welcome</font> back everyone.")
            + cue(2, "00,400", "00,700", "Welcome " + lit + "back</font> everyone.")
            + cue(3, "00,700", "01,200", "Welcome back " + lit + "everyone.</font>")
            + cue(4, "01,300", "01,700", lit + "Thanks</font> " + plain + "for having me.</font>")
            + cue(5, "01,700", "02,000", plain + "Thanks</font> " + lit + "for</font> having me.")
            + cue(6, "02,000", "02,400", "{\\c&H00FF00&}Thanks{\\c&HFFFFFF&} for having me.");

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::speaker)
        .hasSize(6)
        .containsOnlyNulls();
  }

  @Test
  void sentenceCuesInAColourEachAreVoicesAndStayAsTheyAre() {
    String srt =
        cue(1, "01,000", "04,000", "<font color=\"#ffff00\">Welcome to the show.</font>")
            + cue(2, "04,500", "08,000", "<font color=\"#00ffff\">Thanks for having me.</font>")
            + cue(
                3,
                "08,000",
                "11,000",
                "<font color=\"#ffff00\">So, tell us about circuits.</font>");

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::startSeconds, Segment::speaker, Segment::text)
        .containsExactly(
            tuple(1.0, "Speaker 1", "Welcome to the show."),
            tuple(4.5, "Speaker 2", "Thanks for having me."),
            tuple(8.0, "Speaker 1", "So, tell us about circuits."));
  }

  @Test
  void nameLabelsOutrankColours() {
    String srt =
        cue(1, "01,000", "04,000", "{\\c&HFFF000&}Alice: Welcome to the show.")
            + cue(2, "04,500", "08,000", "{\\c&HCC55FF&}Bob: Thanks for having me.")
            + cue(3, "08,000", "11,000", "{\\c&HFFF000&}Alice: So, tell us about circuits.");

    assertThat(reader.read(SourceText.of("a.srt", srt), problems::add))
        .extracting(Segment::speaker)
        .containsExactly("Alice", "Bob", "Alice");
  }

  @Test
  void webVttWrittenAWordACueIsMergedToo() {
    String vtt =
        "WEBVTT\n\n"
            + "00:00:00.000 --> 00:00:00.400\nWelcome\n\n"
            + "00:00:00.400 --> 00:00:00.700\nback\n\n"
            + "00:00:00.700 --> 00:00:01.200\neveryone.\n\n"
            + "00:00:03.200 --> 00:00:03.500\nThanks\n\n"
            + "00:00:03.500 --> 00:00:04.400\nagain.\n";

    assertThat(reader.read(SourceText.of("a.vtt", vtt), problems::add))
        .extracting(Segment::startSeconds, Segment::endSeconds, Segment::text)
        .containsExactly(
            tuple(0.0, 1.2, "Welcome back everyone."), tuple(3.2, 4.4, "Thanks again."));
  }
}
