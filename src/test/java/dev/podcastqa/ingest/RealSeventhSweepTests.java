package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real files of the seventh sweep (read37; sources in real-transcripts/SOURCES.md) whose times or
 * speakers were lost: a pyannote script's text file, whose heads hold name and clock in one pair of
 * brackets ({@code [Speaker 2 17:07]}), read as no transcript and titled with its first head, and
 * the same script's HTML page, whose speakers stand in brackets after each time ({@code
 * 00:00:23.000 [Michael Levin] ...}) and were dropped; and a Hello Internet transcript whose date
 * and run time stand unlabelled under its title, kept as text and not as its date and duration.
 */
class RealSeventhSweepTests {

  private static final String REAL = "src/test/resources/real-transcripts/";

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void headsWithNameAndClockInOneBracketOpenTimedTurns() {
    Corpus corpus =
        ingester.ingest(List.of(REAL + "hamilton-morris-interviews-ethan-nadelmann.txt"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Hamilton Morris Interviews Ethan Nadelmann");
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(10);
    assertThat(segments.get(1).startSeconds()).isEqualTo(17 * 60 + 7);
    assertThat(segments.get(1).speaker()).isEqualTo("Speaker 2");
    assertThat(segments.get(1).text())
        .startsWith("I crossed paths with Leonard really in the mid-90s");
    assertThat(segments.get(9).startSeconds()).isEqualTo(21 * 60 + 19);
    assertThat(segments.get(9).text()).isEqualTo("Yeah. What was that like?");
  }

  @Test
  void aBracketedNameAfterTheTimeIsTheSpeaker() {
    Corpus corpus =
        ingester.ingest(List.of(REAL + "michael-levin-fixing-cancer-cells-and-immortality.html"));

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    assertThat(segments).hasSize(11);
    assertThat(segments.get(0).speaker()).isEqualTo("Michael Levin");
    assertThat(segments.get(0).text()).startsWith("They regenerate every part of their body.");
    assertThat(segments)
        .extracting(Segment::speaker)
        .contains("Sanjay Janayja")
        .doesNotContainNull();
  }

  @Test
  void aBareDateAndRunTimeUnderTheTitleAreItsDateAndDuration() {
    Corpus corpus = ingester.ingest(List.of(REAL + "hello-internet-2-copyright-not-intended.txt"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Hello Internet #2: Copyright Not Intended");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2014, 2, 7));
    assertThat(episode.durationSeconds()).isEqualTo(58 * 60 + 38);
    assertThat(episode.description())
        .doesNotContain("2014-02-07", "00:58:38")
        .contains("Brady: You're not very good at that are you?");
  }

  @Test
  void aJsonOfAnotherShapeBesideNoSourceGivesOneLinePerFileNotOnePerField() {
    String json = "michael-levin-fixing-cancer-cells-and-immortality-numbered.json";
    Corpus corpus = ingester.ingest(List.of(REAL + json));

    // the script's own JSON (numbered turns) is no sidecar: one line says its fields are unknown
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .containsExactlyInAnyOrder(
            "5 unknown sidecar fields (\"0\", \"3\", \"13\", \"16\", \"21\") ignored",
            "sidecar has no source beside it with the same name");
  }
}
