package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.app.Application;
import dev.podcastqa.config.Setting;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problem lines where users see them: {@code serve} logs each one (and each episode whose clock
 * times were not read), and {@code ingest} names a file over the configured size limit while
 * reading the rest.
 */
class ProblemLinesTests {

  private static final String PAGE = "Short Page\n\nPodcast: Loopback Radio\n\nNotes.\n";

  @TempDir Path folder;

  @Test
  void serveLogsEachProblemLineNotOnlyTheirCount() throws IOException {
    Files.writeString(folder.resolve("empty.txt"), "");
    Files.writeString(folder.resolve("broken.json"), "{\"title\": ");
    Files.writeString(folder.resolve("page.txt"), PAGE);
    Application app = new Application(TestConfig.of(folder, folder.resolve("index")));
    Corpus corpus = app.ingester().ingest(List.of(folder.toString()));

    List<String> warnings;
    try (LogCapture log = LogCapture.silencing(ServeCommand.class)) {
      ServeCommand.logProblems(corpus);
      warnings = log.warnings();
      assertThat(log.lines(Level.INFO))
          .hasSize(2)
          .allMatch(line -> line.startsWith("WARN ServeCommand: /"));
      assertThat(log.withStackTraces()).isEmpty();
    }

    assertThat(corpus.problems()).hasSize(2);
    assertThat(warnings)
        .containsExactlyInAnyOrder(
            folder.resolve("empty.txt") + ": the page is empty",
            corpus.problems().stream()
                .filter(p -> p.location().endsWith("broken.json"))
                .findFirst()
                .orElseThrow()
                .toString());
    assertThat(warnings).allMatch(line -> line.matches("^/.+\\.(txt|json)(:\\d+)?: .+"));
  }

  @Test
  void serveLogsAnEpisodeWhoseClockTimesWereNotReadAsTimes() throws IOException {
    Path fixture = Path.of("src/test/resources/cli/unread-times/turns-after-the-words.txt");
    Files.copy(fixture, folder.resolve(fixture.getFileName()));
    Application app = new Application(TestConfig.of(folder, folder.resolve("index")));
    Corpus corpus = app.ingester().ingest(List.of(folder.toString()));

    try (LogCapture log = LogCapture.silencing(ServeCommand.class)) {
      ServeCommand.logProblems(corpus);

      assertThat(log.warnings())
          .singleElement()
          .asString()
          .startsWith("note: welcome-to-a-show-whose-transcript-puts-each-speakers-time-after")
          .contains("holds 3 clock times (the first 00:00:05) but none was read as a time");
    }
  }

  @Test
  void ingestSkipsAFileOverTheConfiguredSizeLimitAndReadsTheRest() throws IOException {
    Files.writeString(folder.resolve("big.txt"), "Big Page\n\n" + "words ".repeat(200_000));
    Files.writeString(folder.resolve("page.txt"), PAGE);
    Path config = Files.writeString(folder.resolve("limits.properties"), "max.file.mb=1\n");
    Path episodes = Files.createDirectory(folder.resolve("episodes"));
    Files.move(folder.resolve("big.txt"), episodes.resolve("big.txt"));
    Files.move(folder.resolve("page.txt"), episodes.resolve("page.txt"));

    Cli.Run run =
        Cli.run(
            "ingest",
            "--config",
            config.toString(),
            "--index",
            folder.resolve("index").toString(),
            episodes.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("short-page").contains("1 episodes, 1 problems");
    assertThat(run.errLines())
        .containsExactly(
            episodes.resolve("big.txt")
                + ": file is 1.1 MB, over the limit of 1.0 MB; skipped (PODCASTQA_MAX_FILE_MB"
                + " raises it)");
    assertThat(Setting.MAX_FILE_MB.fileKey()).isEqualTo("max.file.mb");
  }
}
