package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import dev.podcastqa.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transcripts whose turns open with a time and the speaker's name alone on a line ({@code ###
 * [00:00:24] Kyle}, the text under it), as the Phoenix Cast transcripts are published.
 */
class TimedHeadingTurnsTests {

  private static final String PHOENIX = "src/test/resources/ingest/formats/phoenix-cast-029.md";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void markdownHeadingsOfTimeAndNameOpenTheTurnsUnderThem() {
    Corpus corpus = ingester.ingest(List.of(PHOENIX));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo("Phoenix Cast Episode 29: Colonial Pipeline Hack and Ransomware");
    assertThat(episode.sources()).containsExactly(new Source(PHOENIX, "markdown-transcript"));
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(8);
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 24.0, 32.0, 34.0, 36.0, 46.0, 77.0, 82.0);
    assertThat(segments)
        .extracting(Segment::speaker)
        .containsExactly("John", "Kyle", "John", "Kyle", "John", "Kyle", "John", "Kyle");
    assertThat(segments.get(2))
        .isEqualTo(new Segment(32, 34, "John", "It is just the love between the two hosts."));
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void aTimeAndAWordWithNoTextUnderItIsAShortUtteranceNotASpeaker() {
    String text =
        "[00:00:00] Ann\nWelcome to the show, everyone.\n\n"
            + "[00:00:05] Bob\nThanks for having me on today.\n\n"
            + "[00:00:09] Right\n"
            + "[00:00:10] Ann\nSo let us begin with the harbour.\n";

    List<Segment> segments = new TranscriptReader().read(SourceText.of("talk.txt", text), p -> {});

    assertThat(segments)
        .extracting(Segment::speaker, Segment::text)
        .containsExactly(
            tuple("Ann", "Welcome to the show, everyone."),
            tuple("Bob", "Thanks for having me on today."),
            tuple("Bob", "Right"),
            tuple("Ann", "So let us begin with the harbour."));
  }
}
