package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages with no title line, from the Environment Variables (Green Software Foundation) Markdown
 * transcripts of the third sweep (sources in the README of src/test/resources/ingest/formats): the
 * first line is a paragraph or a full stop, so the episode is titled from its file name with one
 * problem line, its paragraph kept in the description; a sidecar titles it instead, and a file name
 * with no word in it leaves the page unread, reported.
 */
class UntitledPagesTests {

  private static final Path GSF = Path.of("src/test/resources/ingest/formats/gsf");
  private static final String EP59 = "episode-59--CNCF-TAG-ENV-Kristina-Devochko.md";
  private static final String EP61 = "episode-61--TWiGS-Anne-Currie-Asim-Hussein.md";

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void pageOpeningWithAParagraphIsTitledFromItsFileNameAndKeepsTheParagraph() {
    Corpus corpus = ingester.ingest(List.of(GSF.resolve(EP59).toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Episode 59 CNCF TAG ENV Kristina Devochko");
    assertThat(episode.description())
        .startsWith("Join TWiGS host Chris Adams in talking to Kristina Devochko")
        .contains("you can do it too.")
        .contains("TAG Environmental Sustainability [09:56]");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).endsWith(EP59);
              assertThat(problem.reason())
                  .startsWith(
                      "no title line in the page, so it is titled \"Episode 59 CNCF TAG ENV"
                          + " Kristina Devochko\" from its file name");
            });
  }

  @Test
  void pageOpeningWithAFullStopIsTitledFromItsFileName() {
    Corpus corpus = ingester.ingest(List.of(GSF.resolve(EP61).toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Episode 61 TWiGS Anne Currie Asim Hussein");
    assertThat(episode.description())
        .startsWith("This week, Chris Adams is joined by Asim Hussain and Anne Currie")
        .doesNotContain("\n.\n");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).endsWith(EP61);
              assertThat(problem.reason()).startsWith("no title line in the page");
            });
  }

  @Test
  void sidecarTitlesAPageWithNoTitleLineAndNothingIsReported() throws IOException {
    Files.copy(GSF.resolve(EP59), folder.resolve("ep59.md"));
    Files.writeString(
        folder.resolve("ep59.meta.json"),
        "{\"title\": \"CNCF TAG ENV with Kristina Devochko\", \"podcast\": \"Environment"
            + " Variables\"}");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes())
        .singleElement()
        .satisfies(
            episode -> {
              assertThat(episode.title()).isEqualTo("CNCF TAG ENV with Kristina Devochko");
              assertThat(episode.description()).startsWith("Join TWiGS host Chris Adams");
            });
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void pageWithNoTitleLineWhoseFileNameHasNoWordIsReportedAndNotRead() throws IOException {
    Files.copy(GSF.resolve(EP61), folder.resolve("---.md"));

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes()).isEmpty();
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.location()).endsWith("---.md");
              assertThat(problem.reason()).startsWith("no episode title found");
            });
  }
}
