package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.podcastqa.app.Application;
import dev.podcastqa.config.Setting;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code feeds add|remove|list} run in-process, as from the jar, on {@code feeds.txt} in an
 * episodes folder of the test's own; settings come from a properties file.
 */
class FeedsCommandTests {

  private static final String FEED = "https://islandhours.example.com/feed.xml";

  @TempDir Path folder;

  private Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    assumeTrue(
        System.getenv(Setting.FEEDS.env()) == null
            && System.getenv(Setting.EPISODES_DIR.env()) == null,
        "PODCASTQA_FEEDS or PODCASTQA_EPISODES_DIR in the environment would override the test's");
    config = folder.resolve("podcastqa.properties");
    Files.writeString(
        config,
        "episodes.dir=" + folder.resolve("episodes") + "\nfeeds=https://setting.example/rss\n");
  }

  @Test
  void addWritesFeedsTxtAndListShowsTheSettingsFeedsThenTheFiles() throws IOException {
    Run add = run("feeds", "add", FEED);

    assertThat(add.exit).as(add.err).isZero();
    assertThat(add.out).startsWith("Following " + FEED);
    assertThat(Files.readAllLines(folder.resolve("episodes/feeds.txt"))).containsExactly(FEED);
    Run list = run("feeds", "list");
    assertThat(list.out.lines()).containsExactly("https://setting.example/rss", FEED);
  }

  @Test
  void addingAFeedTwiceKeepsOneLine() throws IOException {
    run("feeds", "add", FEED);

    Run again = run("feeds", "add", "  " + FEED + " ");

    assertThat(again.exit).isZero();
    assertThat(again.out).contains("Already following " + FEED);
    assertThat(Files.readAllLines(folder.resolve("episodes/feeds.txt"))).containsExactly(FEED);
  }

  @Test
  void addingSomethingThatIsNoHttpUrlIsRefusedAndWritesNothing() {
    Run add = run("feeds", "add", "file:///etc/passwd");

    assertThat(add.exit).isEqualTo(Failures.USAGE);
    assertThat(add.err)
        .contains("error: \"file:///etc/passwd\" cannot be followed: only http and https URLs");
    assertThat(folder.resolve("episodes/feeds.txt")).doesNotExist();
  }

  @Test
  void removeTakesTheLineOutAndKeepsTheOthers() throws IOException {
    run("feeds", "add", FEED);
    run("feeds", "add", "https://other.example/feed");

    Run remove = run("feeds", "remove", FEED);

    assertThat(remove.exit).isZero();
    assertThat(remove.out).contains("No longer following " + FEED);
    assertThat(Files.readAllLines(folder.resolve("episodes/feeds.txt")))
        .containsExactly("https://other.example/feed");
  }

  @Test
  void removingAFeedTheSettingNamesSaysToRemoveItThere() {
    Run remove = run("feeds", "remove", "https://setting.example/rss");

    assertThat(remove.exit).isEqualTo(Failures.USAGE);
    assertThat(remove.err).contains("is named by PODCASTQA_FEEDS; remove it there");
  }

  @Test
  void removingAFeedNotFollowedIsAUsageError() {
    Run remove = run("feeds", "remove", FEED);

    assertThat(remove.exit).isEqualTo(Failures.USAGE);
    assertThat(remove.err).contains(FEED + " is not in ");
  }

  @Test
  void listNamesTheFileAndLineOfAnEntryThatIsNoUrlAndListsTheRest() throws IOException {
    Path file = folder.resolve("episodes/feeds.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# my shows\n\nnot a url\n" + FEED + "\n");

    Run list = run("feeds", "list");

    assertThat(list.exit).isZero();
    assertThat(list.out.lines()).containsExactly("https://setting.example/rss", FEED);
    assertThat(list.err).contains("warning: " + file + ":3: \"not a url\" cannot be followed");
  }

  @Test
  void feedsTxtIsNotReadAsAnEpisodeSource() throws IOException {
    Path episodes = folder.resolve("episodes");
    Files.createDirectories(episodes);
    Files.writeString(episodes.resolve("feeds.txt"), FEED + "\n");

    Corpus corpus =
        new Application(TestConfig.of(episodes, folder.resolve("index"))).readCorpus(List.of());

    assertThat(corpus.episodes()).isEmpty();
    assertThat(corpus.problems()).isEmpty();
  }

  private Run run(String... args) {
    String[] withConfig = new String[args.length + 2];
    System.arraycopy(args, 0, withConfig, 0, args.length);
    withConfig[args.length] = "--config";
    withConfig[args.length + 1] = config.toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(withConfig);
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
