package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ad break a Markdown transcript marks with a line of its own ({@code **Break:** \[30:07\]}, as
 * The Changelog writes it) is no utterance: it only times the turn after it.
 */
class AdBreakMarkersTests {

  private static final String CHANGELOG =
      "src/test/resources/ingest/formats/changelog-500-break.md";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void theBreakLineOfARealTranscriptTimesTheNextTurnAndSaysNothing() {
    Corpus corpus = ingester.ingest(List.of(CHANGELOG));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(111);
    assertThat(segments).extracting(Segment::text).noneMatch(text -> text.contains("Break"));
    assertThat(segments)
        .extracting(Segment::speaker)
        .containsOnly("Adam Stacoviak", "Chris Coyier", "Jerod Santo");
    List<String> texts = segments.stream().map(Segment::text).toList();
    int after =
        texts.indexOf(
            texts.stream().filter(t -> t.startsWith("So 15 years")).findFirst().orElseThrow());
    Segment beforeBreak = segments.get(after - 1);
    Segment afterBreak = segments.get(after);
    assertThat(beforeBreak.speaker()).isEqualTo("Chris Coyier");
    assertThat(beforeBreak.endSeconds()).isEqualTo(1807.0);
    assertThat(afterBreak.speaker()).isEqualTo("Jerod Santo");
    assertThat(afterBreak.startSeconds()).isEqualTo(1807.0);
    assertThat(segments.get(0).startSeconds()).isEqualTo(743.0);
    assertThat(segments.get(segments.size() - 1).startSeconds()).isEqualTo(2044.0);
  }
}
