package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Config;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ask} over the sample corpus, through the real pipeline (in-process embeddings, the index
 * persisted under {@code target/test-index/ask-command}), in its JSON and readable forms.
 */
class AskCommandTests {

  private static final String[] CORPUS = {
    "--episodes", "data/episodes", "--index", "target/test-index/ask-command"
  };
  private static final String GROKKING = "When do they talk about grokking?";
  private static final String SOURDOUGH = "How do I bake sourdough bread at home?";
  private static final String JUNE_2023 = "neel-nanda-mechanistic-interpretability";
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void jsonAnswerHasExactlyTheContractsFieldsAndCitesGrokkingAtItsChapter() throws IOException {
    Cli.Run run = ask("--json", GROKKING);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode answer = mapper.readTree(run.out());
    assertThat(fieldNames(answer))
        .containsExactlyInAnyOrder(
            "answer", "answered", "mode", "conversationId", "citations", "notice");
    assertThat(answer.get("answered").asBoolean()).isTrue();
    assertThat(answer.get("mode").asText()).isEqualTo("extractive");
    assertThat(answer.get("conversationId").asText()).isNotBlank();
    assertThat(answer.get("citations")).isNotEmpty();
    for (JsonNode citation : answer.get("citations")) {
      assertThat(fieldNames(citation))
          .containsExactlyInAnyOrder(
              "n",
              "episodeId",
              "episodeTitle",
              "podcast",
              "startSeconds",
              "timestamp",
              "speaker",
              "url",
              "episodeUrl",
              "quote");
    }
    assertThat(answer.get("citations"))
        .anySatisfy(
            c -> {
              assertThat(c.get("episodeId").asText()).isEqualTo(JUNE_2023);
              assertThat(c.get("startSeconds").asInt()).isEqualTo(2966);
              assertThat(c.get("timestamp").asText()).isEqualTo("00:49:26");
            });
  }

  @Test
  void everyMarkerInTheAnswerHasACitationAndEveryCitationAMarker() throws IOException {
    JsonNode answer = mapper.readTree(ask("--json", GROKKING).out());

    Set<Integer> markers = new TreeSet<>();
    Matcher m = MARKER.matcher(answer.get("answer").asText());
    while (m.find()) {
      markers.add(Integer.parseInt(m.group(1)));
    }
    List<Integer> numbers = new ArrayList<>();
    answer.get("citations").forEach(c -> numbers.add(c.get("n").asInt()));

    assertThat(markers).isNotEmpty();
    assertThat(numbers).containsExactlyElementsOf(markers);
  }

  @Test
  void readableAnswerPrintsNumberedCitationWithTitleTimestampAndLinkOnTheBaseUrl() {
    Cli.Run run = ask("--base-url", "https://podcasts.example/", GROKKING);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().map(String::strip).toList();
    assertThat(lines.get(0)).contains("[1]");
    assertThat(lines)
        .anyMatch(
            line ->
                line.startsWith("[")
                    && line.contains("] Neel Nanda - Mechanistic Interpretability")
                    && line.endsWith("00:49:26"));
    // The answer links the service's own episode page; a terminal needs it with a host.
    assertThat(lines)
        .contains("https://podcasts.example/episodes/" + JUNE_2023 + "?t=2966")
        .noneMatch(line -> line.contains("localhost"));
  }

  @Test
  void withoutABaseUrlOwnPageLinksAreLeftOutAndANoteSaysHowToGetThem() {
    Cli.Run run = ask(GROKKING);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("00:49:26")
        .doesNotContain("http://localhost")
        .doesNotContain("/episodes/" + JUNE_2023)
        .contains("set PODCASTQA_PUBLIC_URL or pass --base-url");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRefusedBeforeAnythingLoads() {
    Cli.Run run = ask("--base-url", "podcasts.example", GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("error: --base-url: 'podcasts.example' is not an http(s) URL");
  }

  @Test
  void anUnknownEpisodeExitsNonZeroSayingNoEpisodeHasTheId() {
    Cli.Run run = ask("--episode", "no-such-episode", GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly("error: --episode: no episode has the id no-such-episode");
  }

  @Test
  void anUnknownPodcastExitsWithUsageErrorNamingThePodcastsThereAre() {
    Cli.Run run = ask("--podcast", "Nope FM", GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "error: --podcast: No podcast is named \"Nope FM\". The podcasts are"
                + " \"Machine Learning Street Talk (MLST)\", \"The Cognitive Revolution\".");
  }

  @Test
  void datesNoEpisodeMeetsExitWithUsageErrorSayingUndatedEpisodesAreLeftOut() {
    Cli.Run run = ask("--from", "2030-01-01", GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "error: No episode matches these filters: published from 2030-01-01. 2 episodes have"
                + " no publication date, and a date range leaves them out.");
  }

  @Test
  void aMissingEpisodesFolderIsNamedInsteadOfAnsweredNotFound() {
    Cli.Run run =
        Cli.run(
            "ask",
            "--episodes",
            "target/no-such-episodes-folder",
            "--index",
            "target/test-index/ask-missing-folder",
            GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "warning: target/no-such-episodes-folder: no such file or folder",
            "error: no episodes to answer from in target/no-such-episodes-folder (--episodes DIR"
                + " or PODCASTQA_EPISODES_DIR names the folder of transcripts and pages)");
  }

  @Test
  void aBrokenFileAmongGoodOnesIsAWarningNamingItsLineAndTheAnswerStillComes() throws IOException {
    Path folder = Files.createTempDirectory("podcastqa-ask-mixed");
    Files.copy(Path.of("src/test/resources/web/corpus/neel.txt"), folder.resolve("neel.txt"));
    Files.writeString(folder.resolve("broken.vtt"), "WEBVTT\n\n00:00:01.000 --> soon\nhello\n");
    Files.writeString(
        folder.resolve("untitled-talk.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nhello\n");

    Cli.Run run =
        Cli.run(
            "ask",
            "--episodes",
            folder.toString(),
            "--index",
            "target/test-index/ask-mixed-folder",
            "What is superposition?");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .contains(
            "warning: "
                + folder.resolve("broken.vtt")
                + ":3: cue timing \"00:00:01.000 --> soon\""
                + " is not a time");
    // its title taken from the file name is a note, as ingest prints it, not a warning
    assertThat(run.errLines())
        .anyMatch(
            line -> line.startsWith("note: " + folder.resolve("untitled-talk.vtt") + ": no title"))
        .noneMatch(line -> line.startsWith("warning: ") && line.contains("from its file name"));
    assertThat(run.out()).contains("Superposition and Features");
  }

  @Test
  void anEpisodeWhoseClockTimesWereNotReadGetsANoteBeforeItsUntimedAnswer() {
    Cli.Run run =
        Cli.run(
            "ask",
            "--episodes",
            "src/test/resources/cli/unread-times",
            "--index",
            "target/test-index/ask-unread-times",
            "Why did the ferries stop running?");

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "note: welcome-to-a-show-whose-transcript-puts-each-speakers-time-after-the-words:"
                + " its text holds 3 clock times (the first 00:00:05) but none was read as a time,"
                + " so its answers will cite it without one; its transcript lines may be in a"
                + " format not read (see README, What it reads)");
  }

  @Test
  void aFromThatIsNotADateIsOneLineNamingTheOptionAndTheFormat() {
    Cli.Run run = ask("--from", "notadate", GROKKING);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "error: --from: 'notadate' is not a date (use YYYY-MM-DD)",
            "Try 'podcast-qa ask --help'.");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("java.time");
  }

  @Test
  void aDateOutsideYears0001To9999IsRefusedLikeAnyBadDate() {
    Cli.Run farPast = ask("--from", "-999999999-01-01", GROKKING);
    Cli.Run farFuture = ask("--to", "+999999999-12-31", GROKKING);
    Cli.Run yearZero = ask("--from", "0000-06-01", GROKKING);

    assertThat(List.of(farPast, farFuture, yearZero)).allMatch(run -> run.exitCode() == 2);
    assertThat(farPast.errLines())
        .containsExactly(
            "error: --from: '-999999999-01-01' is not a date from year 0001 to 9999"
                + " (use YYYY-MM-DD)",
            "Try 'podcast-qa ask --help'.");
    assertThat(farFuture.errLines().get(0))
        .isEqualTo(
            "error: --to: '+999999999-12-31' is not a date from year 0001 to 9999"
                + " (use YYYY-MM-DD)");
    assertThat(yearZero.errLines().get(0)).startsWith("error: --from: '0000-06-01' is not a date");
    assertThat(ask("--from", "0001-01-01", "--to", "9999-12-31", GROKKING).exitCode()).isZero();
  }

  @Test
  void unanswerableQuestionIsRefusedWithNoCitationsAndTheNotFoundText() throws IOException {
    String notFound = Files.readString(Path.of("prompts/not-found.txt")).strip();

    Cli.Run json = ask("--json", SOURDOUGH);
    Cli.Run readable = ask(SOURDOUGH);

    assertThat(json.exitCode()).isZero();
    JsonNode answer = mapper.readTree(json.out());
    assertThat(answer.get("answered").asBoolean()).isFalse();
    assertThat(answer.get("citations")).isEmpty();
    assertThat(answer.get("answer").asText()).isEqualTo(notFound);
    assertThat(readable.exitCode()).isZero();
    assertThat(readable.out().strip()).isEqualTo(notFound);
  }

  @Test
  void emptyQuestionExitsWithUsageErrorAndOneLineMessage() {
    for (String question : new String[] {"", "   "}) {
      Cli.Run run = ask(question);

      assertThat(run.exitCode()).as("exit code for %s", question).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines()).containsExactly("error: the question is empty");
    }
    Cli.Run noQuestion = ask();
    assertThat(noQuestion.exitCode()).isEqualTo(2);
    assertThat(noQuestion.errLines()).containsExactly("error: the question is empty");
  }

  @Test
  void questionOverTwoThousandCharactersExitsWithUsageErrorAndOneLineMessage() {
    String question = "Why do networks grok? ".repeat(100).substring(0, 2001);

    Cli.Run run = ask("--json", question);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly("error: the question is 2001 characters long; the limit is 2000");
  }

  @Test
  void answersBesideAServeThatHoldsTheSameIndex() throws IOException {
    ask("--json", GROKKING);
    Config config =
        TestConfig.of(Path.of("data/episodes"), Path.of("target/test-index/ask-command"));
    // An open pipeline holds the index's write lock, as a running serve does.
    try (Pipeline serving = new Application(config).open()) {
      assertThat(serving.store().readOnly()).isFalse();

      Cli.Run run = ask("--json", GROKKING);

      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(mapper.readTree(run.out()).get("citations"))
          .anySatisfy(c -> assertThat(c.get("timestamp").asText()).isEqualTo("00:49:26"));
    }
  }

  private static Cli.Run ask(String... args) {
    List<String> all = new ArrayList<>(List.of("ask"));
    all.addAll(List.of(CORPUS));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
