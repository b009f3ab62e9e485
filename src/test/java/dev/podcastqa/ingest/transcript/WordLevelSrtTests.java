package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

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
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, "Welcome back everyone."),
            org.assertj.core.groups.Tuple.tuple(3.2, "Thanks for having me."));
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
}
