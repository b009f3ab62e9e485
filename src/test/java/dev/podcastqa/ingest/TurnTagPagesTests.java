package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NLP Highlights 057 as allenai/nlphighlights publishes it (SWEEP.md): YAML front matter, then each
 * turn's paragraphs between {@code <turn speaker="..." timestamp="MM:SS">} and {@code </turn>}. The
 * tags were dropped as markup with their attributes, so the episode was read as untimed notes.
 */
class TurnTagPagesTests {

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void aTagNamingASpeakerAndATimeOpensThatSpeakersTurnAtThatSecond() {
    Corpus corpus =
        ingester.ingest(
            List.of("src/test/resources/ingest/formats/nlphighlights-057-turn-tags.md"));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo("A Survey Of Cross-lingual Word Embedding Models, with Sebastian Ruder");
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(turns).hasSize(8);
    assertThat(turns.get(0).speaker()).isEqualTo("Matt Gardner");
    assertThat(turns.get(0).startSeconds()).isZero();
    assertThat(turns.get(0).text()).startsWith("Hello and welcome to the NLP highlights podcast");
    assertThat(turns.get(2).speaker()).isEqualTo("Sebastian Ruder");
    assertThat(turns.get(2).startSeconds()).isEqualTo(30);
    assertThat(turns.get(2).text()).isEqualTo("Yeah, yeah. That was actually correct.");
    assertThat(turns.get(7).speaker()).isEqualTo("Waleed Ammar");
    assertThat(turns.get(7).startSeconds()).isEqualTo(139);
    assertThat(turns).noneMatch(t -> t.text().contains("timestamp"));
  }
}
