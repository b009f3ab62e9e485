package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real transcript files of the formats31 sweep read whole by the ingester (sources in the README of
 * src/test/resources/ingest/formats): a Happy Scribe Markdown export, a Markdown transcript whose
 * front matter holds the show notes, and speech-to-text JSON that carries an {@code id} or a {@code
 * title} as a sidecar does.
 */
class RealTranscriptSweepTests {

  private static final String FORMATS = "src/test/resources/ingest/formats/";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void happyScribeTurnsKeepTheirSpeakersAndTheHeaderFieldsAboveThemAreNoSpeakers() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "arborist-call-79.md"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Arborist Call #79 Notes");
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(
            0.0, 42.28, 54.16, 79.3, 86.58, 130.4, 142.07, 177.26, 212.07, 266.31, 307.11, 345.26,
            381.3);
    // [00:05:45.26] alone on its line goes on with Str4d's turn
    assertThat(segments)
        .extracting(Segment::speaker)
        .containsExactly(
            "Kris",
            "Daira Emma",
            "Kris",
            "Daira Emma",
            "Str4d",
            "Daira Emma",
            "Str4d",
            "Daira Emma",
            "Daira Emma",
            "Dodger",
            "Str4d",
            "Str4d",
            "Kris");
    assertThat(segments.get(3))
        .isEqualTo(
            new Segment(79.3, 86.58, "Daira Emma", "Partly thanks to the ZF development funding."));
    assertThat(segments.get(11).text()).startsWith("Similarly, also, if we get to the point");
    assertThat(episode.description()).contains("ZIP editors to decide NU6 specifications");
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void aMarkdownTranscriptsFrontMatterDescriptionIsItsShowNotes() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "lennys-ada-chen-rekhi.md"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.sources())
        .containsExactly(new Source(FORMATS + "lennys-ada-chen-rekhi.md", "markdown-transcript"));
    assertThat(episode.description())
        .startsWith(
            "Ada Chen Rekhi explains when it's time to leave your job and what to consider before"
                + " doing so.");
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(12);
    assertThat(segments.get(0).speaker()).isEqualTo("Ada Chen Rekhi");
    assertThat(segments.get(1).startSeconds()).isEqualTo(36.0);
    assertThat(segments.get(1).speaker()).isEqualTo("Lenny");
  }

  @Test
  void serviceJsonWithAnIdOrATitleIsATranscriptNotASidecar() {
    Corpus corpus =
        ingester.ingest(
            List.of(FORMATS + "ted-kate-darling-watson.json", FORMATS + "trint-testeisep.json"));

    assertThat(corpus.episodes())
        .extracting(e -> e.sources().get(0).format())
        .containsExactlyInAnyOrder("watson-json", "trint-json");
    assertThat(corpus.episodes())
        .allSatisfy(e -> assertThat(corpus.transcripts().of(e.id())).hasSize(1));
    assertThat(corpus.problems())
        .extracting(p -> p.reason())
        .noneMatch(
            reason -> reason.contains("sidecar field") || reason.contains("sidecar has no source"));
  }
}
