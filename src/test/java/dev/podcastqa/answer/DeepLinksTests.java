package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which link a citation gets for a moment, given the links an episode has. */
class DeepLinksTests {

  private static final int SECOND = 2966;

  @Test
  void audioFileLinkGetsTheSecondAsMediaFragment() {
    Episode episode = episode(new Links(null, "https://cdn.example.com/ep.mp3", null));

    assertThat(DeepLinks.to(episode, SECOND, true))
        .isEqualTo("https://cdn.example.com/ep.mp3#t=2966");
  }

  @Test
  void audioFileLinkHasItsFragmentReplaced() {
    Episode episode = episode(new Links(null, "https://cdn.example.com/ep.mp3?s=1#t=10", null));

    assertThat(DeepLinks.to(episode, SECOND, true))
        .isEqualTo("https://cdn.example.com/ep.mp3?s=1#t=2966");
  }

  @Test
  void audioFileIsPreferredToVideoAndPage() {
    Episode episode =
        episode(
            new Links(
                "https://open.spotify.com/episode/abc",
                "https://cdn.example.com/ep.mp3",
                "https://www.youtube.com/watch?v=abc123"));

    assertThat(DeepLinks.to(episode, SECOND, true))
        .isEqualTo("https://cdn.example.com/ep.mp3#t=2966");
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.youtube.com/watch?v=abc123, https://www.youtube.com/watch?v=abc123&t=2966s",
    "https://www.youtube.com/watch?v=abc123&t=30s, https://www.youtube.com/watch?v=abc123&t=2966s",
    "https://www.youtube.com/watch?t=30&v=abc123, https://www.youtube.com/watch?v=abc123&t=2966s",
    "https://www.youtube.com/watch?v=abc123&t=30s&list=PL1,"
        + " https://www.youtube.com/watch?v=abc123&list=PL1&t=2966s",
    "https://youtu.be/abc123, https://youtu.be/abc123?t=2966s",
    "https://youtu.be/abc123?t=30, https://youtu.be/abc123?t=2966s",
    "https://youtu.be/abc123?si=x#frag, https://youtu.be/abc123?si=x&t=2966s"
  })
  void youTubeVideoGetsTheSecondAsTParameterReplacingAnyOther(String video, String expected) {
    Episode episode = episode(new Links("https://example.com/ep", null, video));

    assertThat(DeepLinks.to(episode, SECOND, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw, "
        + "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?t=2966",
    "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?si=abc, "
        + "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?si=abc&t=2966",
    "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?t=30, "
        + "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?t=2966"
  })
  void spotifyEpisodePageGetsTheSecondAsTParameter(String page, String expected) {
    assertThat(DeepLinks.to(episode(new Links(page, null, null)), SECOND, true))
        .isEqualTo(expected);
  }

  @Test
  void spotifyEpisodeAsVideoLinkGetsTheSecondToo() {
    Episode episode =
        episode(new Links(null, null, "https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw"));

    assertThat(DeepLinks.to(episode, SECOND, true))
        .isEqualTo("https://open.spotify.com/episode/4rOoJ6Egrf8K2Iryw?t=2966");
  }

  @Test
  void episodeWithNoLinksLinksItsOwnPageAtTheSecond() {
    assertThat(DeepLinks.to(episode(Links.NONE), SECOND, true))
        .isEqualTo("/episodes/grokking-episode?t=2966");
  }

  @Test
  void pageAndVideoThatCannotSeekLinkTheOwnPageAtTheSecond() {
    Episode episode =
        episode(new Links("https://example.com/episodes/7", null, "https://vimeo.com/123"));

    assertThat(DeepLinks.to(episode, SECOND, true)).isEqualTo("/episodes/grokking-episode?t=2966");
  }

  @Test
  void untimedTextLinksTheOwnPageWithoutASecond() {
    Episode episode =
        episode(
            new Links(
                null, "https://cdn.example.com/ep.mp3", "https://www.youtube.com/watch?v=abc123"));

    assertThat(DeepLinks.to(episode, 0, false)).isEqualTo("/episodes/grokking-episode");
    assertThat(DeepLinks.to(episode, SECOND, false)).isEqualTo("/episodes/grokking-episode");
  }

  @Test
  void ownPageIdIsUrlEncoded() {
    assertThat(DeepLinks.episodePage("a/b?c#d&é", 5))
        .isEqualTo("/episodes/a%2Fb%3Fc%23d%26%C3%A9?t=5");
    assertThat(DeepLinks.episodePage("a/b", null)).isEqualTo("/episodes/a%2Fb");
  }

  private static Episode episode(Links links) {
    return new Episode(
        "grokking-episode",
        "Grokking",
        "Street Talk",
        null,
        null,
        links,
        List.of(),
        List.of(),
        "",
        List.of(new Source("grokking.txt", "test-page")));
  }
}
