package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Podcasting 2.0 chapters file (the spec's own example) joins its episode by file stem or by the
 * feed item's {@code podcast:chapters} URL, and alone is one problem line naming it.
 */
class ChaptersFileTests {

  private static final Path CHAPTERS =
      Path.of(
          "src/test/resources/real-transcripts/johns-awesome-podcast-episode-7-making-progress.json");
  private static final Path FEED =
      Path.of("src/test/resources/ingest/chapters/feed-linking-chapters.xml");
  private static final Path TRANSCRIPT = Path.of("src/test/resources/ingest/interview.vtt");

  /** Nothing can be fetched, as on a machine with no network. */
  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "cannot connect (offline test)");
      };

  @TempDir Path folder;

  @Test
  void chaptersFileJoinsTheTranscriptWithItsStem() throws IOException {
    Files.copy(TRANSCRIPT, folder.resolve("episode-7.vtt"));
    Files.copy(CHAPTERS, folder.resolve("episode-7.json"));
    Files.writeString(
        folder.resolve("episode-7.txt"), "Episode 7 - Making Progress\n\nPodcast: John's\n");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Episode 7 - Making Progress");
    assertThat(corpus.transcripts().of(episode.id())).hasSize(3);
    assertSpecExampleChapters(episode);
  }

  @Test
  void chaptersFileAloneIsOneProblemLineNamingIt() throws IOException {
    Files.copy(CHAPTERS, folder.resolve("lonely.json"));
    Files.writeString(folder.resolve("other.txt"), "Another Episode\n\nPodcast: John's\n");

    Corpus corpus = ingest();

    assertThat(corpus.episodes()).extracting(Episode::title).containsExactly("Another Episode");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo(folder.resolve("lonely.json").toString());
              assertThat(p.reason())
                  .startsWith("chapters file with no episode to join (10 chapters)");
            });
  }

  @Test
  void chaptersFileJoinsTheFeedItemWhosePodcastChaptersUrlEndsInItsName() throws IOException {
    Files.copy(FEED, folder.resolve("feed.xml"));
    Files.copy(CHAPTERS, folder.resolve(CHAPTERS.getFileName()));

    Corpus corpus = ingest();

    assertThat(corpus.episodes())
        .extracting(Episode::title)
        .containsExactlyInAnyOrder("Episode 7 - Making Progress", "Episode 6 - Starting Out");
    Episode seven = byTitle(corpus, "Episode 7 - Making Progress");
    assertSpecExampleChapters(seven);
    assertThat(byTitle(corpus, "Episode 6 - Starting Out").chapters()).isEmpty();
    // One line per item that could not fetch its chapters, none for the joined file.
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .allMatch(reason -> reason.contains("a linked file could not be read"))
        .hasSize(2);
  }

  private static void assertSpecExampleChapters(Episode episode) {
    List<Chapter> chapters = episode.chapters();
    // 11 objects; the one at 4826 is "toc": false with no title, so not a listed chapter.
    assertThat(chapters).hasSize(10);
    assertThat(chapters.get(0)).isEqualTo(new Chapter(0, "Intro"));
    assertThat(chapters.get(9)).isEqualTo(new Chapter(6089, "Outro"));
    assertThat(chapters).extracting(Chapter::startSeconds).doesNotContain(4826);
    assertThat(episode.references())
        .contains(
            new Reference(
                410, "Namespace", "https://github.com/Podcastindex-org/podcast-namespace"));
  }

  private static Episode byTitle(Corpus corpus, String title) {
    return corpus.episodes().stream()
        .filter(e -> e.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private Corpus ingest() {
    return Ingester.reading(OFFLINE, Json.newMapper()).ingest(List.of(folder.toString()));
  }
}
