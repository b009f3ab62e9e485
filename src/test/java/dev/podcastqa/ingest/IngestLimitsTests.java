package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
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
 * Limits that lose nothing else: an overlong title is cut, an oversized file skipped, a symbolic
 * link out of the folder not followed, and a link that is not http(s) dropped, each reported as a
 * problem line while the other sources are read as before.
 */
class IngestLimitsTests {

  private static final Path FIXTURES = Path.of("src/test/resources/ingest/limits");
  private static final String SHORT_PAGE = "Short Page\n\nPodcast: Loopback Radio\n\nNotes.\n";

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @TempDir Path folder;

  @Test
  void titleOverThreeHundredCharactersIsCutAtAWordAndReported() throws IOException {
    Files.copy(FIXTURES.resolve("long-title.txt"), folder.resolve("long.txt"));

    Corpus corpus = ingest(newIngester());

    assertThat(corpus.episodes()).hasSize(1);
    String title = corpus.episodes().get(0).title();
    assertThat(title).hasSizeLessThanOrEqualTo(300).startsWith("The Episode Whose Title Goes On");
    assertThat(title).endsWith("\u2026");
    assertThat(title.charAt(title.length() - 2)).isNotEqualTo(' ');
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).endsWith("long.txt");
              assertThat(p.reason()).startsWith("title is 519 characters, over the limit of 300");
            });
  }

  @Test
  void fileOverTheSizeLimitIsReportedAndTheOthersAreRead() throws IOException {
    Files.writeString(folder.resolve("big.txt"), "Big Page\n\n" + "words ".repeat(400));
    Files.writeString(folder.resolve("small.txt"), SHORT_PAGE);

    Corpus corpus = ingest(newIngester().withMaxFileBytes(1024));

    assertThat(corpus.episodes()).extracting(Episode::title).containsExactly("Short Page");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).endsWith("big.txt");
              assertThat(p.reason()).contains("over the limit of 0.0 MB; skipped");
            });
  }

  @Test
  void symbolicLinkToEtcPasswdIsNotReadAndTheOthersAre() throws IOException {
    Files.writeString(folder.resolve("small.txt"), SHORT_PAGE);
    Files.createSymbolicLink(folder.resolve("passwd.txt"), Path.of("/etc/passwd"));

    Corpus corpus = ingest(newIngester());

    assertThat(corpus.episodes()).extracting(Episode::title).containsExactly("Short Page");
    assertThat(corpus.episodes().get(0).description()).doesNotContain("root:");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).endsWith("passwd.txt");
              assertThat(p.reason()).startsWith("symbolic link to /etc/passwd leads outside");
            });
  }

  @Test
  void symbolicLinkInsideTheFolderIsRead() throws IOException {
    Path pages = Files.createDirectory(folder.resolve("pages"));
    Files.writeString(pages.resolve("small.txt"), SHORT_PAGE);
    Files.createSymbolicLink(folder.resolve("alias.txt"), Path.of("pages/small.txt"));

    Corpus corpus = ingest(newIngester());

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).extracting(Episode::title).containsExactly("Short Page");
  }

  @Test
  void sidecarLinksThatAreNotHttpAreDroppedEachWithAProblem() throws IOException {
    Files.copy(FIXTURES.resolve("bad-links.txt"), folder.resolve("bad-links.txt"));
    Files.copy(FIXTURES.resolve("bad-links.json"), folder.resolve("bad-links.json"));

    Corpus corpus = ingest(newIngester());

    assertThat(corpus.episodes()).hasSize(1);
    assertThat(corpus.episodes().get(0).title()).isEqualTo("Hidden Links in Show Notes");
    assertThat(corpus.episodes().get(0).links()).isEqualTo(Links.NONE);
    assertThat(corpus.problems())
        .extracting(Problem::toString)
        .containsExactly(
            at("bad-links.json")
                + ": page link \"javascript:alert('page')\" is not an http(s) URL; dropped",
            at("bad-links.json")
                + ": audio link \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\""
                + " is not an http(s) URL; dropped",
            at("bad-links.json")
                + ": video link \"file:///etc/passwd\" is not an http(s) URL; dropped");
  }

  @Test
  void feedItemLinksThatAreNotHttpAreDroppedAndTheItemKept() throws IOException {
    Files.copy(FIXTURES.resolve("bad-links-feed.xml"), folder.resolve("feed.xml"));

    Corpus corpus = ingest(newIngester());

    assertThat(corpus.episodes())
        .extracting(Episode::title)
        .containsExactlyInAnyOrder("Links That Run Scripts", "Plain Web Links");
    Episode scripts = byTitle(corpus, "Links That Run Scripts");
    assertThat(scripts.links()).isEqualTo(Links.NONE);
    assertThat(byTitle(corpus, "Plain Web Links").links())
        .isEqualTo(
            new Links(
                "https://loopback.example/episodes/2", "https://cdn.loopback.example/2.mp3", null));
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .containsExactlyInAnyOrder(
            "\"Links That Run Scripts\": page link \"javascript:alert(document.cookie)\" is not"
                + " an http(s) URL; dropped",
            "\"Links That Run Scripts\": audio link \"vbscript:msgbox(1)\" is not an http(s)"
                + " URL; dropped");
  }

  private static Episode byTitle(Corpus corpus, String title) {
    return corpus.episodes().stream()
        .filter(e -> e.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private String at(String name) {
    return folder.resolve(name).toString();
  }

  private Corpus ingest(Ingester ingester) {
    return ingester.ingest(List.of(folder.toString()));
  }

  private static Ingester newIngester() {
    return Ingester.reading(OFFLINE, Json.newMapper());
  }
}
