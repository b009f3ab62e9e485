package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} as a user runs it: over the sample corpus, over a folder with broken files beside
 * the samples, over a path that does not exist, and over URLs served by a real HTTP server.
 */
class IngestCommandTests {

  private static final Path SAMPLES = Path.of("data/episodes");
  private static final Path BROKEN = Path.of("src/test/resources/ingest/broken");
  private static final String INDEX = "target/test-index/ingest-command";

  private static final String DEC_2024 =
      "neel-nanda-mechanistic-interpretability-sparse-autoencoders";
  private static final String YOUTUBE = "neural-networks-are-weird-neel-nanda-deepmind";
  private static final String JUNE_2023 = "neel-nanda-mechanistic-interpretability";
  private static final String GOODFIRE =
      "mechanistic-interpretability-philosophy-practice-progress-with-goodfires-daniel-tom";
  private static final String DEC_2024_AUDIO =
      "https://anchor.fm/s/1e4a0eac/podcast/play/95510162/https%3A%2F%2Fd3ctxlq1ktw2nl.cloudfront"
          + ".net%2Fstaging%2F2024-11-7%2Fc6f11920-f06a-6c65-f767-1b957d252a38.mp3";

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir Path folder;

  @Test
  void jsonOnTheSampleCorpusGivesTheFourEpisodesTheIssueNames() throws IOException {
    Cli.Run run = Cli.run("ingest", "--json", "--episodes", "data/episodes", "--index", INDEX);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode report = mapper.readTree(run.out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(ids(report)).containsExactly(DEC_2024, YOUTUBE, JUNE_2023, GOODFIRE);

    JsonNode december = episode(report, DEC_2024);
    assertThat(december.get("podcast").asText()).isEqualTo("Machine Learning Street Talk (MLST)");
    assertThat(december.get("published").asText()).isEqualTo("2024-12-07");
    assertThat(december.get("durationSeconds").asInt()).isEqualTo(13356);
    assertThat(december.at("/links/audio").asText()).isEqualTo(DEC_2024_AUDIO);
    assertThat(sources(december))
        .containsExactly("data/episodes/000_ce328e730f063d88.txt (metadata-page)");

    JsonNode youtube = episode(report, YOUTUBE);
    assertThat(ints(youtube.get("references"), "startSeconds"))
        .containsExactly(0, 2100, 3631, 3700, 4866, 5607);
    assertThat(texts(youtube.get("references"), "label"))
        .containsExactly(
            "Neel Nanda - Personal Website",
            "TransformerLens",
            "A Mathematical Framework for Transformer Circuits",
            "In-context Learning and Induction Heads",
            "Scaling Monosemanticity",
            "Refusal in Language Models Is Mediated by a Single Direction");
    assertThat(sources(youtube))
        .containsExactly("data/episodes/001_768cae0e84d8022e.txt (youtube-description)");

    // The Apple page gives title, duration and chapters; only the Snipd page gives the date.
    JsonNode june = episode(report, JUNE_2023);
    assertThat(june.get("title").asText()).isEqualTo("Neel Nanda - Mechanistic Interpretability");
    assertThat(june.get("published").asText()).isEqualTo("2023-06-18");
    assertThat(june.get("durationSeconds").asInt()).isEqualTo(15000);
    assertThat(june.get("chapters")).hasSize(12);
    assertThat(ints(june.get("chapters"), "startSeconds")).contains(2966);
    assertThat(texts(june.get("chapters"), "title")).contains("Grokking and Sudden Generalization");
    assertThat(sources(june))
        .containsExactly(
            "data/episodes/002_1d8b16883cc27682.txt (apple-podcasts-page)",
            "data/episodes/003_45b642c1e278ae7a.txt (snipd-page)");

    JsonNode goodfire = episode(report, GOODFIRE);
    assertThat(goodfire.get("podcast").asText()).isEqualTo("The Cognitive Revolution");
    assertThat(goodfire.get("chapters")).hasSize(27);
    assertThat(sources(goodfire))
        .containsExactly("data/episodes/004_377b72fbad506003.txt (podcast-site-page)");
  }

  @Test
  void tableHasOneRowPerEpisodeWithTitlePodcastDateDurationAndCounts() {
    Cli.Run run = Cli.run("ingest", "--episodes", "data/episodes", "--index", INDEX);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(cells(lines.get(0)))
        .containsExactly(
            "EPISODE",
            "TITLE",
            "PODCAST",
            "DATE",
            "DURATION",
            "CHAP",
            "REFS",
            "SEGS",
            "FIRST",
            "LAST",
            "SPK",
            "SOURCES");
    assertThat(cells(lines.get(1)))
        .containsExactly(
            DEC_2024,
            "Neel Nanda - Mechanistic Interpretability (Spar\u2026",
            "Machine Learning Street Talk (MLST)",
            "2024-12-07",
            "03:42:36",
            "0",
            "0",
            "0",
            "-",
            "-",
            "0",
            "000_ce328e730f063d88.txt (metadata-page)");
    assertThat(cells(lines.get(2)))
        .containsExactly(
            YOUTUBE,
            "NEURAL NETWORKS ARE WEIRD! - Neel Nanda (DeepMi\u2026",
            "-",
            "-",
            "-",
            "0",
            "6",
            "0",
            "-",
            "-",
            "0",
            "001_768cae0e84d8022e.txt (youtube-description)");
    assertThat(cells(lines.get(3)))
        .containsExactly(
            JUNE_2023,
            "Neel Nanda - Mechanistic Interpretability",
            "Machine Learning Street Talk (MLST)",
            "2023-06-18",
            "04:10:00",
            "12",
            "0",
            "0",
            "-",
            "-",
            "0",
            "002_1d8b16883cc27682.txt (apple-podcasts-page), "
                + "003_45b642c1e278ae7a.txt (snipd-page)");
    assertThat(cells(lines.get(4)))
        .containsExactly(
            GOODFIRE,
            "Mechanistic Interpretability: Philosophy, Pract\u2026",
            "The Cognitive Revolution",
            "-",
            "-",
            "27",
            "0",
            "0",
            "-",
            "-",
            "0",
            "004_377b72fbad506003.txt (podcast-site-page)");
    assertThat(lines.get(5)).isEqualTo("4 episodes, 0 problems");
  }

  @Test
  void tableShowsATranscriptsFirstAndLastSecondAndSpeakers() {
    Cli.Run run =
        Cli.run(
            "ingest",
            "--index",
            INDEX,
            "src/test/resources/real-transcripts/oxide-and-friends-coders-block.txt");

    List<String> lines = run.out().lines().toList();
    assertThat(cells(lines.get(1)))
        .containsExactly(
            "oxide-and-friends-coders-block",
            "Oxide And Friends Coders Block",
            "-",
            "-",
            "-",
            "0",
            "0",
            "387",
            "0",
            "4847",
            "14",
            "oxide-and-friends-coders-block.txt (text-transcript)");
    // everything was read: the title taken from the file name is a note, and the exit code 0
    assertThat(lines.get(2)).isEqualTo("1 episodes, 0 problems, 1 note");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "note: src/test/resources/real-transcripts/oxide-and-friends-coders-block.txt: no title in"
                + " the transcript, so it is titled \"Oxide And Friends Coders Block\" from its"
                + " file name; to name it, put a Title: line at its top, or a sidecar"
                + " NAME.meta.json with a \"title\" beside it");
  }

  @Test
  void jsonGivesEachTranscriptsFirstAndLastSecondAndSpeakers() throws IOException {
    Cli.Run run =
        Cli.run(
            "ingest",
            "--json",
            "--index",
            INDEX,
            "src/test/resources/real-transcripts/talk-python-554-trustworthy-ai-in-healthcare.txt",
            "src/test/resources/real-transcripts/lennys-podcast-adam-fishman-growth-team.md");

    JsonNode episodes = mapper.readTree(run.out()).get("episodes");
    assertThat(episodes).hasSize(2);
    JsonNode talk = episodes.get(0);
    assertThat(talk.get("segments").asInt()).isEqualTo(1046);
    assertThat(talk.get("firstSecond").asDouble()).isZero();
    assertThat(talk.get("lastSecond").asDouble()).isEqualTo(3635.0);
    assertThat(values(talk.get("speakers"))).containsExactly("Michael Kennedy", "Sumit Gundawar");
    JsonNode lenny = episodes.get(1);
    assertThat(lenny.get("title").asText()).startsWith("How to build a high-performing growth");
    assertThat(lenny.get("sources").get(0).get("format").asText()).isEqualTo("markdown-transcript");
    assertThat(values(lenny.get("speakers"))).containsExactly("Adam Fishman", "Lenny");
  }

  @Test
  void brokenFilesAreEachReportedWithFileAndLineAndDoNotStopTheOthers() throws IOException {
    copyAll(SAMPLES, folder);
    copyAll(BROKEN, folder);

    Cli.Run run = Cli.run("ingest", "--json", "--index", INDEX, folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode report = mapper.readTree(run.out());
    assertThat(ids(report))
        .containsExactly(DEC_2024, YOUTUBE, JUNE_2023, GOODFIRE, "bad-timestamp");
    assertThat(episode(report, JUNE_2023).get("chapters")).hasSize(12);
    assertThat(episode(report, GOODFIRE).get("chapters")).hasSize(27);

    List<String> problems = run.errLines();
    assertThat(problems).hasSize(report.get("problems").size());
    assertThat(problems)
        .allMatch(line -> line.matches("(?:note: )?\\Q" + folder + "\\E/[^:]+(:\\d+)?: .+"));
    assertThat(problems)
        .anyMatch(line -> line.startsWith(at("empty.txt") + ": "))
        .anyMatch(line -> line.startsWith(at("binary.mp3") + ": binary file"))
        .anyMatch(line -> line.startsWith(at("invalid.json") + ":4: invalid JSON"))
        .anyMatch(line -> line.startsWith(at("bad-timestamp.vtt") + ":6: "))
        .anyMatch(line -> line.startsWith(at("invalid-feed.xml") + ":7: "));
    // The good cues of the VTT were read; a transcript alone is an episode, titled from its
    // file name, and that is reported with what to do about it.
    assertThat(episode(report, "bad-timestamp").get("segments").asInt()).isEqualTo(2);
    assertThat(problems)
        .anyMatch(
            line ->
                line.startsWith(
                    "note: "
                        + at("bad-timestamp.vtt")
                        + ": no title in the transcript, so it is titled \"Bad Timestamp\""));
    assertThat(problems).hasSize(6);
  }

  @Test
  void pathThatDoesNotExistIsReported() throws IOException {
    Cli.Run run =
        Cli.run("ingest", "--json", "--index", INDEX, "data/episodes", "target/no-such-folder");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("target/no-such-folder: no such file or folder");
    assertThat(ids(mapper.readTree(run.out())))
        .containsExactly(DEC_2024, YOUTUBE, JUNE_2023, GOODFIRE);
  }

  @Test
  void transcriptWhoseTimesWereNotReadGetsANoteAndStillExitsZero() {
    Cli.Run run = Cli.run("ingest", "--index", INDEX, "src/test/resources/cli/unread-times");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "note: welcome-to-a-show-whose-transcript-puts-each-speakers-time-after-the-words:"
                + " its text holds 3 clock times (the first 00:00:05) but none was read as a time,"
                + " so its answers will cite it without one; its transcript lines may be in a"
                + " format not read (see README, What it reads)");
    assertThat(run.out()).contains("1 episodes, 0 problems, 1 note");
  }

  @Test
  void anEmptyFolderGetsANoteSayingWhatToPutThere() {
    Cli.Run run = Cli.run("ingest", "--index", INDEX, folder.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 episodes, 0 problems");
    assertThat(run.errLines())
        .containsExactly(
            "note: nothing to read in "
                + folder
                + ": put transcripts (WebVTT, SRT, JSON, text with timestamps) or episode pages"
                + " there, or follow a feed (podcast-qa feeds add URL)");
  }

  @Test
  void urlsOfAPageAndAFeedAreFetchedAndRead() throws IOException {
    try (FileServer server = FileServer.start()) {
      String page =
          server.serve(
              "/pages/goodfire.txt",
              SAMPLES.resolve("004_377b72fbad506003.txt"),
              "text/plain; charset=utf-8");
      String feed =
          server.serve(
              "/feeds/loopback.xml",
              Path.of("src/test/resources/ingest/feed.xml"),
              "application/rss+xml; charset=utf-8");

      Cli.Run run = Cli.run("ingest", "--json", "--index", INDEX, page, feed);

      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(server.requests())
          .containsExactlyInAnyOrder("/pages/goodfire.txt", "/feeds/loopback.xml");
      JsonNode report = mapper.readTree(run.out());
      assertThat(ids(report)).containsExactly(GOODFIRE, "induction-heads-on-the-wire");

      JsonNode goodfire = episode(report, GOODFIRE);
      assertThat(goodfire.get("chapters")).hasSize(27);
      assertThat(sources(goodfire)).containsExactly(page + " (podcast-site-page)");

      JsonNode item = episode(report, "induction-heads-on-the-wire");
      assertThat(item.get("title").asText()).isEqualTo("Induction Heads on the Wire");
      assertThat(item.get("podcast").asText()).isEqualTo("Loopback Radio");
      assertThat(item.get("published").asText()).isEqualTo("2024-03-05");
      assertThat(item.get("durationSeconds").asInt()).isEqualTo(2700);
      // The relative enclosure resolves against the URL the feed was fetched from.
      assertThat(item.at("/links/audio").asText())
          .isEqualTo(server.url("/feeds/audio/induction-heads.mp3"));
      assertThat(item.at("/sources/0/location").asText()).isEqualTo(feed);
    }
  }

  @Test
  void urlThatCannotBeFetchedIsReportedAndTheOthersAreRead() throws IOException {
    try (FileServer server = FileServer.start()) {
      String page =
          server.serve(
              "/pages/goodfire.txt",
              SAMPLES.resolve("004_377b72fbad506003.txt"),
              "text/plain; charset=utf-8");
      String missing = server.url("/pages/missing.txt");

      Cli.Run run = Cli.run("ingest", "--json", "--index", INDEX, missing, page);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.errLines()).containsExactly(missing + ": HTTP 404 from " + missing);
      assertThat(ids(mapper.readTree(run.out()))).containsExactly(GOODFIRE);
    }
  }

  private String at(String name) {
    return folder.resolve(name).toString();
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  /** The cells of a table line: columns are separated by two spaces or more. */
  private static List<String> cells(String line) {
    return List.of(line.strip().split("\\s{2,}"));
  }

  private static List<String> ids(JsonNode report) {
    return texts(report.get("episodes"), "id");
  }

  private static JsonNode episode(JsonNode report, String id) {
    for (JsonNode episode : report.get("episodes")) {
      if (episode.get("id").asText().equals(id)) {
        return episode;
      }
    }
    throw new AssertionError("no episode " + id + " in " + report);
  }

  private static List<String> sources(JsonNode episode) {
    List<String> sources = new ArrayList<>();
    for (JsonNode source : episode.get("sources")) {
      sources.add(source.get("location").asText() + " (" + source.get("format").asText() + ")");
    }
    return sources;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }

  private static List<Integer> ints(JsonNode array, String field) {
    List<Integer> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asInt()));
    return values;
  }
}
