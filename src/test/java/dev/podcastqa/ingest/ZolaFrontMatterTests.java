package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Zola page keeps the episode's audio in its front matter's {@code [extra]} table, as Software
 * Sessions' pages do ({@code episode_url = "https://pinecast.com/listen/....mp3"}); before, the
 * table was not read and the episode showed "No audio for this episode" (probe36a).
 */
class ZolaFrontMatterTests {

  /** Excerpt of the real page (formats/README.md): front matter, show notes, four turns. */
  private static final String PAGE =
      "src/test/resources/ingest/formats/softwaresessions-2022-09-30-tailscale-zola.md";

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void theExtraTablesEpisodeUrlIsTheEpisodesAudio() {
    Corpus corpus = ingester.ingest(List.of(PAGE));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Xe Iaso on Tailscale");
    assertThat(episode.links().audio())
        .isEqualTo("https://pinecast.com/listen/e1df0216-7c72-427e-9d24-806d0892f10a.mp3");
    assertThat(episode.links().page()).isNull();
    assertThat(corpus.problems()).isEmpty();
  }
}
