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
 * Pages whose lines are played from their time by an {@code onclick} call: the trs2html excerpt of
 * Logbuch Netzpolitik 232 (SOURCES in README.md).
 */
class ClickTimedHtmlReaderTests {

  private final TranscriptReader reader = new TranscriptReader();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void eachPlayButtonStartsACueWithTheWordsAfterItAndTheTurnsSpeaker() {
    Transcript transcript =
        reader.readTranscript(Fixture.text("ingest/formats/lnp232-trs2html.html"), problems::add);

    assertThat(transcript.format()).isEqualTo("html-transcript");
    assertThat(transcript.segments())
        .containsExactly(
            new Segment(0.0, 2.0, "Tim Pritlove", "Guten Morgen Thomas"),
            new Segment(2.0, 25.0, "Thomas Lohninger", "Guten Morgen Tim"),
            new Segment(
                25.0,
                31.0,
                "Tim Pritlove",
                "Logbuch Netzpolitik Nummer 232 und ihr werdet es schon ahnen:"),
            new Segment(
                31.0,
                31.0,
                "Tim Pritlove",
                "Heute ohne Linus, denn wir haben beschlossen ein kleines Spezial einzuschieben"
                    + " aufgrund der Terminlage"));
    assertThat(transcript.header().title())
        .isEqualTo("Transcript of lnp232-der-boese-kleber-aus-deutschland");
    assertThat(problems).isEmpty();
  }

  @Test
  void anElementHoldingItsWordsIsItsOwnCueInSeconds() {
    String page =
        """
        <html><body><div class="transcript">
        <span onclick="seek(85.2)">First words.</span>
        <span onclick="seek(90)">Second words.</span>
        <span onclick="seek(101.5)">Third words.</span>
        </div></body></html>
        """;

    List<Segment> segments = reader.read(SourceText.of("ep.html", page), problems::add);

    assertThat(segments)
        .extracting(Segment::startSeconds, Segment::text)
        .containsExactly(
            tuple(85.2, "First words."),
            tuple(90.0, "Second words."),
            tuple(101.5, "Third words."));
  }

  @Test
  void aPlayersSeekButtonsAreNoTranscript() {
    String page =
        """
        <html><body><p>Episode notes</p>
        <button onclick="seek(-20)">back</button>
        <button onclick="seek(20)">ahead</button>
        <button onclick="seek(20)">ahead</button>
        </body></html>
        """;

    assertThat(reader.recognize(SourceText.of("ep.html", page))).isEmpty();
  }

  @Test
  void chapterLinksMinutesApartWithShortTitlesAreNoTranscript() {
    String page =
        """
        <html><body><h1>Episode 12</h1><ul>
        <li><a onclick="seekTo(0)">Intro</a></li>
        <li><a onclick="seekTo(312)">The new compiler</a></li>
        <li><a onclick="seekTo(1104)">Listener questions</a></li>
        <li><a onclick="seekTo(2290)">Picks</a></li>
        </ul></body></html>
        """;

    assertThat(reader.recognize(SourceText.of("ep.html", page))).isEmpty();
  }
}
