package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A transcript that times each turn at its start only (the Haskell Interlude's Markdown): a quote
 * from inside a turn longer than a moment is cited where its words fall in the turn, not minutes
 * before at the turn's first word; a quote from a shorter utterance, at its start.
 */
class LongTurnSecondsTests {

  private static final List<Segment> TRANSCRIPT = segments("/answer/long-turn-seconds.txt");

  private static final Episode EPISODE =
      new Episode(
          "haskell-41",
          "Moritz Angermann",
          "The Haskell Interlude",
          null,
          3600,
          Links.NONE,
          List.of(),
          List.of(),
          "",
          List.of());

  private final CitationFactory factory =
      new CitationFactory(
          new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), TRANSCRIPT))));

  /** One window over the excerpt, its turns labelled as the index labels them. */
  private static final Chunk WINDOW = window();

  @Test
  void aQuoteFromInsideALongTurnIsCitedWhereItsWordsFallInTheTurn() {
    // 810 of the turn's 3,841 letters come before it: 985 + 256 * 810 / 3841 = 1038.99.
    Citation nix =
        factory.cite(
            1,
            WINDOW,
            "So, I looked at the Nix packages in first and was like, the way they do Haskell is"
                + " fundamentally incompatible with cross-compilation ever.");
    // 1767 letters before it: 985 + 256 * 1767 / 3841 = 1102.77.
    Citation started = factory.cite(2, WINDOW, "And that’s how it initially started out.");

    assertThat(nix.startSeconds()).isEqualTo(1038);
    assertThat(nix.speaker()).isEqualTo("MA");
    assertThat(started.startSeconds()).isEqualTo(1102);
  }

  @Test
  void theFirstWordsOfALongTurnAreCitedAtItsStart() {
    Citation c = factory.cite(1, WINDOW, "Well, luckily, that was not my job.");

    assertThat(c.startSeconds()).isEqualTo(985);
  }

  @Test
  void aTurnJustLongerThanAMomentIsCitedWithinIt() {
    // 1242 to 1273: 31 seconds, one more than two quotes make one moment in.
    Citation c =
        factory.cite(
            1, WINDOW, "And the way that GHCJS works is by running a client on your target.");

    assertThat(NewMoments.SAME_MOMENT_SECONDS).isEqualTo(30);
    assertThat(c.startSeconds()).isEqualTo(1245);
  }

  @Test
  void anUtteranceNoLongerThanAMomentIsCitedAtItsStart() {
    // 974 to 985: eleven seconds, one moment however far into it the quote starts.
    Citation c =
        factory.cite(
            1,
            WINDOW,
            "We had to convince somebody that Haskell is really more than just technical marvel.");

    assertThat(c.startSeconds()).isEqualTo(974);
    assertThat(c.speaker()).isEqualTo("JB");
  }

  @Test
  void theSecondTwoQuotesAreComparedAtIsTheSecondTheyAreCitedAt() {
    String quote = "And that’s how it initially started out.";

    assertThat(factory.second(WINDOW, quote))
        .isEqualTo(factory.cite(1, WINDOW, quote).startSeconds())
        .isEqualTo(1102);
  }

  private static Chunk window() {
    StringBuilder text = new StringBuilder();
    for (Segment s : TRANSCRIPT) {
      text.append(text.isEmpty() ? "" : "\n").append(s.speaker()).append(": ").append(s.text());
    }
    return new Chunk(
        "haskell-41/16",
        EPISODE.id(),
        ChunkKind.TRANSCRIPT,
        969,
        1273,
        null,
        "",
        text.toString(),
        null);
  }

  private static List<Segment> segments(String resource) {
    try (InputStream in = LongTurnSecondsTests.class.getResourceAsStream(resource)) {
      List<Segment> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" \\| ", 4);
        out.add(new Segment(Double.parseDouble(f[0]), Double.parseDouble(f[1]), f[2], f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
