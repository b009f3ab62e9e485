package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Markdown page whose front matter keeps Whisper's segments as a JSON list (the Vector Podcast
 * excerpt, SOURCES in README.md): the list is the transcript, the other fields its header, its
 * {@code description} the show notes, and neither the JSON nor the untimed copy of the words below
 * it is answerable text.
 */
class FrontMatterSegmentsTests {

  private static final String FILE =
      "src/test/resources/ingest/formats/vector-podcast-max-irwin.md";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void theSegmentsInTheFrontMatterAreTheTranscriptAndItsFieldsTheHeader() {
    Corpus corpus = ingester.ingest(List.of(FILE));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo(
            "Max Irwin - Founder, MAX.IO - On economics of scale in embedding computation with"
                + " Mighty");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2022, 6, 16));
    assertThat(episode.links().page()).isEqualTo("https://rss.com/podcasts/vector-podcast/522301");
    assertThat(corpus.transcripts().of(episode.id()))
        .containsExactly(
            new Segment(0.0, 23.0, null, "Hello, vector podcast is here."),
            new Segment(24.0, 27.0, null, "And today I'm going to be talking to Max Irwin."),
            new Segment(
                27.0,
                32.0,
                null,
                "He's this star in the search engine business in search engine world."));
    assertThat(episode.description()).doesNotContain("tokens").doesNotContain("Hello, vector");
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void theFrontMattersDescriptionIsTheShowNotesItsTimeLinesTheChapters() {
    Episode episode = ingester.ingest(List.of(FILE)).episodes().get(0);

    assertThat(episode.chapters()).hasSize(23);
    assertThat(episode.chapters().get(0)).isEqualTo(new Chapter(0, "Introduction"));
    assertThat(episode.chapters().get(1))
        .isEqualTo(
            new Chapter(
                70,
                "Max's deep experience in search and how he transitioned from structured data"));
    assertThat(episode.chapters().get(22)).isEqualTo(new Chapter(6495, "Announcements from Max"));
    assertThat(episode.description())
        .contains("Max's blog about BERT and search relevance")
        .contains("promo code VECTOR")
        .doesNotContain("00:00 Introduction")
        .doesNotContain("<p>");
  }
}
